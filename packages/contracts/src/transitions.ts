/**
 * What each workflow action's request must contain: built from the fields the workflow table
 * lists for the action (`ACTIONS[action].fields`), so that the table is the one place that says
 * what an action takes.
 */
import { z } from 'zod';
import { dateStringSchema, idSchema } from './common';
import {
  ACTIONS,
  COMPLETION_OUTCOMES,
  DECLINE_REASON_CODES,
  PROPOSAL_STATUSES,
  STEP_NUMBERS,
  WORKFLOW_ACTIONS,
  WORKFLOW_LIMITS,
  type ActionFieldName,
  type WorkflowAction,
} from './workflow';

export const stepSchema = z.union([z.literal(STEP_NUMBERS), z.literal('end')]);
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export const workflowActionSchema = z.enum(WORKFLOW_ACTIONS);

/** Free text the proposer reads; required ones may not be blank. */
const requiredTextSchema = z
  .string({ error: 'workflow.reason_required' })
  .trim()
  .min(1, { error: 'workflow.reason_required' })
  .max(WORKFLOW_LIMITS.maxReasonLength);
const textSchema = z.string().trim().max(WORKFLOW_LIMITS.maxReasonLength);

/** The schema of each field an action may take, when the action requires it. */
const FIELD_SCHEMAS = {
  reason: requiredTextSchema,
  message: requiredTextSchema,
  comment: textSchema,
  note: z.string().trim().max(WORKFLOW_LIMITS.maxNoteLength),
  overrideReason: requiredTextSchema,
  reasonCodes: z
    .array(z.enum(DECLINE_REASON_CODES))
    .min(1, { error: 'workflow.reason_codes_required' })
    .max(DECLINE_REASON_CODES.length),
  leadDepartmentId: idSchema,
  supportingDepartmentIds: z.array(idSchema).max(WORKFLOW_LIMITS.maxSupportingDepartments),
  resumeOn: dateStringSchema,
  outcome: z.enum(COMPLETION_OUTCOMES),
} as const satisfies Record<ActionFieldName, z.ZodType>;
type FieldSchemas = typeof FIELD_SCHEMAS;

/** An optional field: absent is fine; an optional text may also be sent empty. */
function optionalField<N extends ActionFieldName>(name: N) {
  if (name === 'supportingDepartmentIds') {
    return FIELD_SCHEMAS.supportingDepartmentIds.default([]);
  }
  if (name === 'reason' || name === 'message' || name === 'overrideReason') {
    return textSchema.optional();
  }
  return FIELD_SCHEMAS[name].optional();
}

type Fields<A extends WorkflowAction> = (typeof ACTIONS)[A]['fields'];
type FieldShape<A extends WorkflowAction> = {
  [N in keyof Fields<A> & ActionFieldName]: Fields<A>[N] extends { required: true }
    ? FieldSchemas[N]
    : N extends 'supportingDepartmentIds'
      ? z.ZodDefault<FieldSchemas[N]>
      : N extends 'reason' | 'message' | 'overrideReason'
        ? z.ZodOptional<typeof textSchema>
        : z.ZodOptional<FieldSchemas[N]>;
};

/** The proposal version the caller saw; a stale version answers 409. */
const versionSchema = z.number().int().min(1);

/** The request of one action: its name, the version, and the fields the table lists. */
function actionSchema<A extends WorkflowAction>(action: A) {
  const fields: Record<string, { required: boolean }> = ACTIONS[action].fields;
  const shape = Object.fromEntries(
    Object.entries(fields).map(([name, { required }]) => {
      const field = name as ActionFieldName;
      return [field, required ? FIELD_SCHEMAS[field] : optionalField(field)];
    }),
  );
  return z.object({
    action: z.literal(action),
    version: versionSchema,
    ...(shape as FieldShape<A>),
  });
}

export const transitionBodySchema = z.discriminatedUnion('action', [
  actionSchema('submit'),
  actionSchema('request_info'),
  actionSchema('provide_info'),
  actionSchema('accept_for_routing'),
  actionSchema('route'),
  actionSchema('accept_assignment'),
  actionSchema('return_assignment'),
  actionSchema('start_dialogue'),
  actionSchema('send_to_review'),
  actionSchema('adopt'),
  actionSchema('hold'),
  actionSchema('resume'),
  actionSchema('decline'),
  actionSchema('sign_agreement'),
  actionSchema('start_evaluation'),
  actionSchema('complete'),
  actionSchema('withdraw'),
]);
export type TransitionBody = z.infer<typeof transitionBodySchema>;
export type TransitionInput<A extends WorkflowAction> = Extract<TransitionBody, { action: A }>;
