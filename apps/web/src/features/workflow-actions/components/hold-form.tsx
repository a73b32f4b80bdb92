import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { TextField } from '../../../components/ui/field';
import { useT } from '../../../lib/i18n';
import {
  ActionFormFrame,
  ActionTextField,
  useActionForm,
  type ActionFormProps,
} from './action-form-kit';

type Values = { resumeOn: string; reason: string };

/** Holding: the date the review resumes, and why. */
export function HoldForm(props: ActionFormProps) {
  const td = useT(domainMessages);
  const form = useActionForm<Values>(props, { resumeOn: '', reason: '' }, (v) => v);
  return (
    <ActionFormFrame
      action={props.action}
      audience={props.audience}
      form={form}
      onCancel={props.onCancel}
    >
      <TextField
        label={td('field.resumeOn')}
        name="resumeOn"
        type="date"
        required
        value={form.values.resumeOn}
        onChange={(v) => form.setValue('resumeOn', v)}
        error={form.errors.resumeOn}
      />
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
