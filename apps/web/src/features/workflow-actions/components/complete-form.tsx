import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { COMPLETION_OUTCOMES } from '@kyoso/contracts/workflow';
import { SelectField } from '../../../components/ui/field';
import { useT } from '../../../lib/i18n';
import {
  ActionFormFrame,
  ActionTextField,
  optionalText,
  useActionForm,
  type ActionFormProps,
} from './action-form-kit';

type Values = { outcome: string; comment: string };

/** Completing: the next stage (scale up, extend, continue, end), with a comment. */
export function CompleteForm(props: ActionFormProps) {
  const t = useT(caseMessages);
  const td = useT(domainMessages);
  const tw = useT(workflowMessages);
  const form = useActionForm<Values>(props, { outcome: '', comment: '' }, (v) => ({
    outcome: v.outcome,
    comment: optionalText(v.comment),
  }));
  return (
    <ActionFormFrame
      action={props.action}
      audience={props.audience}
      form={form}
      onCancel={props.onCancel}
    >
      <SelectField
        label={td('field.outcome')}
        name="outcome"
        required
        value={form.values.outcome}
        placeholder={t('actions.choose')}
        onChange={(v) => form.setValue('outcome', v)}
        options={COMPLETION_OUTCOMES.map((o) => ({ value: o, label: tw(`outcome.${o}`) }))}
        error={form.errors.outcome}
      />
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
