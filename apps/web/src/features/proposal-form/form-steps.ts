import type { ProposalDraftFields } from '@kyoso/contracts/proposals';

export type FieldName = keyof ProposalDraftFields;

/**
 * The form's seven steps, built on the city's four points: each step's title (a key of the
 * `proposalForm` namespace) and its fields (named by `field.<name>` in `domain`).
 */
export const FORM_STEPS = [
  { key: 'overview', title: 'step.overview', fields: ['title', 'summary'] },
  { key: 'problem', title: 'step.problem', fields: ['problem', 'whyThisCity'] },
  { key: 'solution', title: 'step.solution', fields: ['solution', 'cityRole', 'companyRole'] },
  {
    key: 'budget',
    title: 'step.budget',
    fields: ['cityBudget', 'cityBudgetEstimateYen', 'resourcesWanted'],
  },
  { key: 'impact', title: 'step.impact', fields: ['impact', 'kpis', 'desiredStart', 'pilot'] },
  {
    key: 'contact',
    title: 'step.contact',
    fields: ['contactName', 'contactEmail', 'confidentialSections'],
  },
  { key: 'review', title: 'step.review', fields: [] },
] as const satisfies ReadonlyArray<{
  key: string;
  title: `step.${string}`;
  fields: readonly FieldName[];
}>;

export type FormStep = (typeof FORM_STEPS)[number];
export type StepKey = FormStep['key'];

/** The step (1-based) where a field is edited (the review for anything else). */
export function stepOfField(field: string): number {
  const name = field.split('.')[0];
  const index = FORM_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(name ?? ''));
  return index >= 0 ? index + 1 : FORM_STEPS.length;
}

/** The step named in the address (`?step=3`), kept within the form's steps. */
export function stepFromParam(value: string | null): number {
  return Math.min(FORM_STEPS.length, Math.max(1, Number(value ?? '1') || 1));
}
