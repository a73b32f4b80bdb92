import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { DECLINE_TEMPLATE_KEYS, DECLINE_TEMPLATES } from '@kyoso/contracts/decline-templates';
import { DECLINE_REASON_CODES } from '@kyoso/contracts/workflow';
import { ChoiceGroup, SelectField } from '../../../components/ui/field';
import { useT } from '../../../lib/i18n';
import {
  ActionFormFrame,
  ActionTextField,
  useActionForm,
  type ActionFormProps,
} from './action-form-kit';

type Values = { reasonCodes: string[]; reason: string };

/**
 * Declining: the reasons' categories and the text the proposer reads, from a template or not.
 * Carrying out a recorded decline (STEP 4), the categories are the decision's and its text is
 * the starting point.
 */
export function DeclineForm(props: ActionFormProps) {
  const t = useT(caseMessages);
  const td = useT(domainMessages);
  const tr = useT(recordsMessages);
  const tw = useT(workflowMessages);
  const recorded = props.decision;
  const form = useActionForm<Values>(
    props,
    {
      reasonCodes: recorded ? [...recorded.declineReasonCodes] : [],
      reason: recorded?.declineReason ?? '',
    },
    (v) => v,
  );
  if (recorded) {
    return (
      <ActionFormFrame
        action={props.action}
        audience={props.audience}
        form={form}
        onCancel={props.onCancel}
      >
        <p>
          {td('field.reasonCodes')}{' '}
          <span className="muted">{tr('decision.actions.asRecorded')}</span>
        </p>
        <ul>
          {recorded.declineReasonCodes.map((code) => (
            <li key={code}>{tw(`declineReason.${code}`)}</li>
          ))}
        </ul>
        <ActionTextField
          action={props.action}
          name="reason"
          value={form.values.reason}
          onChange={(v) => form.setValue('reason', v)}
          error={form.errors.reason}
          hint={t('staff.decline.reasonHint')}
        />
      </ActionFormFrame>
    );
  }
  return (
    <ActionFormFrame
      action={props.action}
      audience={props.audience}
      form={form}
      onCancel={props.onCancel}
    >
      <SelectField
        label={t('staff.decline.template')}
        name="template"
        value=""
        placeholder={t('staff.decline.templatePlaceholder')}
        hint={t('staff.decline.templateHint')}
        onChange={(key) => {
          const template = DECLINE_TEMPLATE_KEYS.find((x) => x === key);
          if (template) {
            form.setValues((current) => ({
              ...current,
              reasonCodes: [...DECLINE_TEMPLATES[template]],
              reason: td(`declineTemplate.${template}.text`),
            }));
          }
        }}
        options={DECLINE_TEMPLATE_KEYS.map((x) => ({
          value: x,
          label: td(`declineTemplate.${x}.title`),
        }))}
      />
      <ChoiceGroup
        legend={td('field.reasonCodes')}
        name="reasonCodes"
        type="checkbox"
        required
        options={DECLINE_REASON_CODES.map((code) => ({
          value: code,
          label: tw(`declineReason.${code}`),
        }))}
        selected={form.values.reasonCodes}
        onChange={(v) => form.setValue('reasonCodes', v)}
        error={form.errors.reasonCodes}
      />
      <ActionTextField
        action={props.action}
        name="reason"
        value={form.values.reason}
        onChange={(v) => form.setValue('reason', v)}
        error={form.errors.reason}
        hint={t('staff.decline.reasonHint')}
      />
    </ActionFormFrame>
  );
}
