/**
 * Respectful replies the co-creation desk starts from when a proposal is not co-creation. The
 * coordinator picks one, edits the text, and the proposer receives it with the reason codes.
 * The titles and texts are `declineTemplate.<key>.title|text` in the `domain` catalogue.
 * Zod-free.
 */
import type { DeclineReasonCode } from './workflow';

export const DECLINE_TEMPLATE_KEYS = [
  'sales',
  'procurement',
  'duplicate',
  'legal',
  'fiscal',
  'exclusive',
  'infeasible',
] as const;
export type DeclineTemplateKey = (typeof DECLINE_TEMPLATE_KEYS)[number];

/** The reason codes each template stands for. */
export const DECLINE_TEMPLATES = {
  sales: ['not_co_creation'],
  procurement: ['procurement_request'],
  duplicate: ['duplicate'],
  legal: ['legal_conflict'],
  fiscal: ['fiscal_burden'],
  exclusive: ['exclusive_use'],
  infeasible: ['infeasible'],
} as const satisfies Record<DeclineTemplateKey, readonly DeclineReasonCode[]>;
