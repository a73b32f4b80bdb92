import type { ProposalDraftFields } from '@kyoso/contracts/proposals';

export type FieldName = keyof ProposalDraftFields;

/**
 * The form's seven steps, built on the city's four points; each step's title is
 * `step.<key>` in the `proposalForm` namespace and each field's name `field.<name>` in `domain`.
 */
export const FORM_STEPS = [
  { key: 'overview', fields: ['title', 'summary'] },
  { key: 'problem', fields: ['problem', 'whyThisCity'] },
  { key: 'solution', fields: ['solution', 'cityRole', 'companyRole'] },
  { key: 'budget', fields: ['cityBudget', 'cityBudgetEstimateYen', 'resourcesWanted'] },
  { key: 'impact', fields: ['impact', 'kpis', 'desiredStart', 'pilot'] },
  { key: 'contact', fields: ['contactName', 'contactEmail', 'confidentialSections'] },
  { key: 'review', fields: [] },
] as const satisfies ReadonlyArray<{ key: string; fields: readonly FieldName[] }>;

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
