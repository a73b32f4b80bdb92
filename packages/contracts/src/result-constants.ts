/**
 * The constants of the public results (`results.ts`), zod-free so that the public pages can use
 * them without downloading zod.
 */

/** Fewer proposals than this in a cell are shown as "<5". */
export const SMALL_CELL = 5;
export const SUPPRESSED = '<5' as const;

/** A count of proposals, or "<5" when it is between 1 and 4. */
export type CountCell = number | typeof SUPPRESSED;

/** Where a public case stands (`cases.stage.<stage>` in the `results` catalogue). */
export const PUBLIC_CASE_STAGES = ['running', 'evaluating', 'completed'] as const;
export type PublicCaseStage = (typeof PUBLIC_CASE_STAGES)[number];

/** The STEPs the statistics count (2 = received … 6 = the project ran). */
export const STATISTIC_STEPS = [2, 3, 4, 5, 6] as const;
