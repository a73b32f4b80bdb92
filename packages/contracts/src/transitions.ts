/** What each workflow action's request must contain (zod schemas for the table in workflow.ts). */
import { z } from 'zod';
import { dateStringSchema, idSchema } from './common';
import {
  COMPLETION_OUTCOMES,
  DECLINE_REASON_CODES,
  PROPOSAL_STATUSES,
  STEP_NUMBERS,
  WORKFLOW_ACTIONS,
  WORKFLOW_LIMITS,
  type WorkflowAction,
} from './workflow';

export const stepSchema = z.union([z.literal(STEP_NUMBERS), z.literal('end')]);
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export const workflowActionSchema = z.enum(WORKFLOW_ACTIONS);

const reasonSchema = z
  .string({ error: 'workflow.reason_required' })
  .trim()
  .min(1, { error: 'workflow.reason_required' })
  .max(WORKFLOW_LIMITS.maxReasonLength);
const optionalTextSchema = z.string().trim().max(WORKFLOW_LIMITS.maxReasonLength).optional();
/** The proposal version the caller saw; a stale version answers 409. */
const versionSchema = z.number().int().min(1);

export const transitionBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), version: versionSchema }),
  z.object({ action: z.literal('request_info'), version: versionSchema, reason: reasonSchema }),
  z.object({ action: z.literal('provide_info'), version: versionSchema, message: reasonSchema }),
  z.object({
    action: z.literal('accept_for_routing'),
    version: versionSchema,
    comment: optionalTextSchema,
  }),
  z.object({
    action: z.literal('route'),
    version: versionSchema,
    leadDepartmentId: idSchema,
    supportingDepartmentIds: z
      .array(idSchema)
      .max(WORKFLOW_LIMITS.maxSupportingDepartments)
      .default([]),
    note: z.string().trim().max(WORKFLOW_LIMITS.maxNoteLength).optional(),
  }),
  z.object({
    action: z.literal('accept_assignment'),
    version: versionSchema,
    comment: optionalTextSchema,
  }),
  z.object({
    action: z.literal('return_assignment'),
    version: versionSchema,
    reason: reasonSchema,
  }),
  z.object({
    action: z.literal('start_dialogue'),
    version: versionSchema,
    comment: optionalTextSchema,
  }),
  z.object({
    action: z.literal('send_to_review'),
    version: versionSchema,
    comment: optionalTextSchema,
  }),
  z.object({ action: z.literal('adopt'), version: versionSchema, comment: optionalTextSchema }),
  z.object({
    action: z.literal('hold'),
    version: versionSchema,
    resumeOn: dateStringSchema,
    reason: reasonSchema,
  }),
  z.object({ action: z.literal('resume'), version: versionSchema, comment: optionalTextSchema }),
  z.object({
    action: z.literal('decline'),
    version: versionSchema,
    reasonCodes: z
      .array(z.enum(DECLINE_REASON_CODES))
      .min(1, { error: 'workflow.reason_codes_required' })
      .max(DECLINE_REASON_CODES.length),
    reason: reasonSchema,
  }),
  z.object({
    action: z.literal('sign_agreement'),
    version: versionSchema,
    comment: optionalTextSchema,
  }),
  z.object({
    action: z.literal('start_evaluation'),
    version: versionSchema,
    comment: optionalTextSchema,
  }),
  z.object({
    action: z.literal('complete'),
    version: versionSchema,
    outcome: z.enum(COMPLETION_OUTCOMES),
    comment: optionalTextSchema,
  }),
  z.object({ action: z.literal('withdraw'), version: versionSchema, reason: optionalTextSchema }),
]);
export type TransitionBody = z.infer<typeof transitionBodySchema>;
export type TransitionInput<A extends WorkflowAction> = Extract<TransitionBody, { action: A }>;
