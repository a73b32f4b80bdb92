import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { WORKFLOW_LIMITS } from '@kyoso/contracts/workflow';
import { ChoiceGroup, SelectField } from '../../../components/ui/field';
import { useI18n, useT } from '../../../lib/i18n';
import {
  ActionFormFrame,
  ActionTextField,
  optionalText,
  useActionForm,
  type ActionFormProps,
} from './action-form-kit';
import { RouteSuggestions } from './route-suggestions';

type Values = { leadDepartmentId: string; supportingDepartmentIds: string[]; note: string };

/**
 * Routing to a lead department (suggested ones first) and supporting ones, with a note. An empty
 * choice is sent as '' so that the contract names the field ("「主担当の部署」を選んでください").
 */
export function RouteForm(props: ActionFormProps) {
  const t = useT(caseMessages);
  const td = useT(domainMessages);
  const { l } = useI18n();
  const form = useActionForm<Values>(
    props,
    { leadDepartmentId: '', supportingDepartmentIds: [], note: '' },
    (v) => ({
      leadDepartmentId: v.leadDepartmentId,
      supportingDepartmentIds: v.supportingDepartmentIds,
      note: optionalText(v.note),
    }),
  );
  const options = props.departments.map((d) => ({ value: d.id, label: l(d.fullName) }));
  return (
    <ActionFormFrame
      action={props.action}
      audience={props.audience}
      form={form}
      onCancel={props.onCancel}
    >
      {props.showSuggestions ? (
        <RouteSuggestions
          proposalId={props.proposal.id}
          chosen={form.values.leadDepartmentId}
          onChoose={(id) => form.setValue('leadDepartmentId', id)}
        />
      ) : null}
      <SelectField
        label={td('field.leadDepartmentId')}
        name="leadDepartmentId"
        required
        value={form.values.leadDepartmentId}
        placeholder={t('actions.choose')}
        onChange={(v) => form.setValue('leadDepartmentId', v)}
        options={options}
        error={form.errors.leadDepartmentId}
      />
      <ChoiceGroup
        legend={td('field.supportingDepartmentIds')}
        name="supportingDepartmentIds"
        type="checkbox"
        options={options.filter((o) => o.value !== form.values.leadDepartmentId)}
        selected={form.values.supportingDepartmentIds}
        onChange={(v) =>
          form.setValue(
            'supportingDepartmentIds',
            v.slice(0, WORKFLOW_LIMITS.maxSupportingDepartments),
          )
        }
        error={form.errors.supportingDepartmentIds}
      />
      <ActionTextField
        action={props.action}
        name="note"
        value={form.values.note}
        onChange={(v) => form.setValue('note', v)}
        error={form.errors.note}
      />
    </ActionFormFrame>
  );
}
