import type { FormEvent, ReactNode } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Department } from '@kyoso/contracts/departments';
import type { Proposal } from '@kyoso/contracts/proposals';
import { transitionBodySchema } from '@kyoso/contracts/transitions';
import {
  ACTIONS,
  WORKFLOW_LIMITS,
  type ActionFields,
  type WorkflowAction,
} from '@kyoso/contracts/workflow';
import { TextAreaField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm, type FieldErrors } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useTransitionMutation, type TransitionAnswer } from '../api/transition-proposal';
import type { RecordedDecision } from './decision-step';

/** What every action's form is given. */
export type ActionFormProps = {
  proposal: Pick<Proposal, 'id' | 'version'>;
  action: WorkflowAction;
  /** The action needs an overridden guard and its reason (`can.actionsWithOverride`). */
  withOverride: boolean;
  /** The sections a proposal can be routed to (the route form). */
  departments: readonly Department[];
  /** The desk may see suggested departments (`can.readRoutingSuggestions`). */
  showSuggestions: boolean;
  /** Who takes the action: city staff are told whether the proposer sees it. */
  audience: 'proposer' | 'staff';
  /**
   * At STEP 4, the recorded decision the action carries out (adopt, hold, decline): its date or
   * reasons are the decision's, not chosen again.
   */
  decision: RecordedDecision | null;
  onDone: (answer: TransitionAnswer) => void;
  onCancel: () => void;
};

/** The fields the workflow table lists for an action. */
export function fieldsOf(action: WorkflowAction): ActionFields {
  return ACTIONS[action].fields;
}

export function isRequired(action: WorkflowAction, field: keyof ActionFields): boolean {
  return fieldsOf(action)[field]?.required ?? false;
}

/** An optional text left empty is not sent. */
export function optionalText(value: string): string | undefined {
  return value.trim() ? value : undefined;
}

/**
 * The form of one action: checked against the contract's schema of that action (the workflow
 * table's fields), confirmed first when the table says it cannot be undone, then sent.
 */
export function useActionForm<T extends Record<string, unknown>>(
  props: Pick<ActionFormProps, 'proposal' | 'action' | 'onDone'>,
  initialValues: T,
  toFields: (values: T) => Record<string, unknown>,
  /** Checks the contract's schema cannot make (a reason an overridden guard needs). */
  validate?: (values: T) => FieldErrors,
) {
  const tw = useT(workflowMessages);
  const transition = useTransitionMutation(props.proposal.id);
  return useForm({
    schema: transitionBodySchema,
    initialValues,
    validate,
    toRequest: (values) => ({
      action: props.action,
      version: props.proposal.version,
      ...toFields(values),
    }),
    onSubmit: async (body) => {
      if (
        ACTIONS[props.action].confirm &&
        !window.confirm(tw(`action.${props.action}.confirm` as 'action.submit.confirm'))
      ) {
        return;
      }
      props.onDone(await transition.mutateAsync(body));
    },
  });
}

/** A free text an action takes, labelled by the catalogue (`action.<a>.reason`). */
export function ActionTextField({
  action,
  name,
  value,
  onChange,
  error,
  required,
  hint,
}: {
  action: WorkflowAction;
  name: 'reason' | 'message' | 'comment' | 'note' | 'overrideReason';
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  required?: boolean;
  hint?: ReactNode;
}) {
  const tw = useT(workflowMessages);
  return (
    <TextAreaField
      label={
        name === 'overrideReason'
          ? tw('override.reason')
          : tw(`action.${action}.reason` as 'action.request_info.reason')
      }
      name={name}
      required={required ?? isRequired(action, name)}
      value={value}
      onChange={onChange}
      maxLength={name === 'note' ? WORKFLOW_LIMITS.maxNoteLength : WORKFLOW_LIMITS.maxReasonLength}
      rows={name === 'comment' || name === 'note' ? 3 : 5}
      error={error}
      hint={hint}
    />
  );
}

/** The frame of every action's form: its name, the problems, the fields, send or cancel. */
export function ActionFormFrame({
  action,
  audience,
  form,
  onCancel,
  children,
}: {
  action: WorkflowAction;
  audience: 'proposer' | 'staff';
  form: {
    handleSubmit: (event: FormEvent) => void;
    errors: FieldErrors;
    formError: string | null;
    submitting: boolean;
  };
  onCancel: () => void;
  children?: ReactNode;
}) {
  const tw = useT(workflowMessages);
  const ta = useT(appMessages);
  const tc = useT(caseMessages);
  const danger = action === 'decline' || action === 'withdraw';
  return (
    <form className="form action-form" onSubmit={form.handleSubmit} noValidate>
      <h3>{tw(`action.${action}.label`)}</h3>
      {audience === 'staff' ? (
        <p className="muted">{tc(`staff.visibility.${ACTIONS[action].visibility}`)}</p>
      ) : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      {children}
      <div className="button-row">
        <button
          type="submit"
          className={`button${danger ? ' button--danger' : ''}`}
          disabled={form.submitting}
        >
          {form.submitting ? ta('common.sending') : tw(`action.${action}.label`)}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {ta('common.cancel')}
        </button>
      </div>
    </form>
  );
}
