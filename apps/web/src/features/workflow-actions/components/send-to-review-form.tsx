import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { errorMessages } from '@kyoso/i18n/catalogues/errors';
import { Alert } from '../../../components/ui/feedback';
import { useT } from '../../../lib/i18n';
import {
  ActionFormFrame,
  ActionTextField,
  optionalText,
  useActionForm,
  type ActionFormProps,
} from './action-form-kit';

type Values = { comment: string; overrideReason: string };

/**
 * Sending to internal review. When the proposer has not confirmed the record of Dialogue ② the
 * API lets the lead department go on with a reason, which the proposer reads: the form says so
 * and asks for it.
 */
export function SendToReviewForm(props: ActionFormProps) {
  const t = useT(caseMessages);
  const te = useT(errorMessages);
  const form = useActionForm<Values>(
    props,
    { comment: '', overrideReason: '' },
    (v) => ({
      comment: optionalText(v.comment),
      ...(props.withOverride ? { overrideReason: v.overrideReason } : {}),
    }),
    // The same words as the API's refusal.
    (v): Record<string, string> =>
      props.withOverride && !v.overrideReason.trim()
        ? { overrideReason: te('detail.workflow.override_reason_required') }
        : {},
  );
  return (
    <ActionFormFrame
      action={props.action}
      audience={props.audience}
      form={form}
      onCancel={props.onCancel}
    >
      {props.withOverride ? (
        <>
          <Alert kind="warning" title={t('staff.override.title')}>
            <p>{t('staff.override.body')}</p>
          </Alert>
          <ActionTextField
            action={props.action}
            name="overrideReason"
            required
            value={form.values.overrideReason}
            onChange={(v) => form.setValue('overrideReason', v)}
            error={form.errors.overrideReason}
          />
        </>
      ) : null}
      <ActionTextField
        action={props.action}
        name="comment"
        value={form.values.comment}
        onChange={(v) => form.setValue('comment', v)}
        error={form.errors.comment}
      />
    </ActionFormFrame>
  );
}
