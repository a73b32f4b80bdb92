import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { TextField } from '../../../components/ui/field';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import {
  ActionFormFrame,
  ActionTextField,
  useActionForm,
  type ActionFormProps,
} from './action-form-kit';

type Values = { resumeOn: string; reason: string };

/**
 * Holding: the date the review resumes, and why. Carrying out a recorded hold, the date is the
 * decision's (the API refuses another).
 */
export function HoldForm(props: ActionFormProps) {
  const td = useT(domainMessages);
  const tr = useT(recordsMessages);
  const { language } = useI18n();
  const fixed = props.decision?.resumeOn ?? null;
  const form = useActionForm<Values>(props, { resumeOn: fixed ?? '', reason: '' }, (v) => v);
  return (
    <ActionFormFrame
      action={props.action}
      audience={props.audience}
      form={form}
      onCancel={props.onCancel}
    >
      {fixed ? (
        <p>
          {td('field.resumeOn')}: <strong>{formatDate(fixed, language)}</strong>{' '}
          <span className="muted">{tr('decision.actions.asRecorded')}</span>
        </p>
      ) : (
        <TextField
          label={td('field.resumeOn')}
          name="resumeOn"
          type="date"
          required
          value={form.values.resumeOn}
          onChange={(v) => form.setValue('resumeOn', v)}
          error={form.errors.resumeOn}
        />
      )}
      <ActionTextField
        action={props.action}
        name="reason"
        value={form.values.reason}
        onChange={(v) => form.setValue('reason', v)}
        error={form.errors.reason}
      />
    </ActionFormFrame>
  );
}
