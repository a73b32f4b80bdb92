/** Policy areas and theme windows (words: `policyArea.*`, `themeWindow.*`). Zod-free. */

/** Policy areas a theme belongs to (for filtering). */
export const POLICY_AREAS = [
  'welfare',
  'children',
  'education',
  'urban',
  'environment',
  'safety',
  'industry',
  'digital',
  'other',
] as const;
export type PolicyArea = (typeof POLICY_AREAS)[number];

/** Where a theme's window stands today. */
export const THEME_WINDOWS = ['open', 'upcoming', 'closed'] as const;
export type ThemeWindow = (typeof THEME_WINDOWS)[number];

/**
 * A theme's life: a department writes a draft, submits it to the co-creation desk
 * (`in_review`), which publishes it or sends it back (to `draft`, with comments); a published
 * theme may be closed early (`closed`, with a reason). Words: `themes` catalogue `status.*`.
 */
export const THEME_STATUSES = ['draft', 'in_review', 'published', 'closed', 'archived'] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

/** What the city offers a theme's proposers (words: `themes` catalogue `resource.*`). */
export const THEME_RESOURCES = [
  'test_field',
  'data',
  'permits',
  'publicity',
  'facilities',
] as const;
export type ThemeResource = (typeof THEME_RESOURCES)[number];

/** The theme's budget: none, an existing budget, or one to be requested (`budget.*`). */
export const THEME_BUDGETS = ['none', 'existing', 'to_be_requested'] as const;
export type ThemeBudget = (typeof THEME_BUDGETS)[number];

/** Business days before a theme closes when a proposer's draft on it is warned once. */
export const THEME_CLOSING_WARNING_BUSINESS_DAYS = 3;
