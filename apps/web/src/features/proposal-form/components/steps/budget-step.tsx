import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { CITY_BUDGET_OPTIONS, CITY_RESOURCES, PROPOSAL_LIMITS } from '@kyoso/contracts/proposals';
import { ChoiceGroup, TextField } from '../../../../components/ui/field';
import { useT } from '../../../../lib/i18n';
import type { Draft } from '../../hooks/use-draft';
import { CalendarNotice } from '../calendar-notice';

/** Full-width digits (１２３) are read as digits; anything else typed is dropped. */
function digitsOf(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[^0-9]/g, '');
}

/**
 * Step 4: whether city money is needed (and how much), and the city's resources wanted. Once
 * the money question is answered, the budget calendar says what submitting today means.
 */
export function BudgetStep({ draft }: { draft: Draft }) {
  const t = useT(proposalFormMessages);
  const td = useT(domainMessages);
  const v = draft.values;
  return (
    <>
      <ChoiceGroup
        legend={td('field.cityBudget')}
        hint={t('hint.cityBudget')}
        name="cityBudget"
        type="radio"
        required
        options={CITY_BUDGET_OPTIONS.map((o) => ({ value: o, label: td(`cityBudget.${o}`) }))}
        selected={v.cityBudget ? [v.cityBudget] : []}
        onChange={(s) =>
          draft.setField('cityBudget', CITY_BUDGET_OPTIONS.find((o) => o === s[0]) ?? null)
        }
        error={draft.fieldErrors.cityBudget}
      />
      <CalendarNotice cityBudget={v.cityBudget} />
      {v.cityBudget && v.cityBudget !== 'none' ? (
        <TextField
          label={td('field.cityBudgetEstimateYen')}
          hint={t('hint.cityBudgetEstimateYen')}
          name="cityBudgetEstimateYen"
          inputMode="numeric"
          required={v.cityBudget === 'new'}
          value={v.cityBudgetEstimateYen === null ? '' : String(v.cityBudgetEstimateYen)}
          onChange={(s) => {
            const digits = digitsOf(s);
            draft.setField(
              'cityBudgetEstimateYen',
              digits === ''
                ? null
                : Math.min(Number(digits), PROPOSAL_LIMITS.cityBudgetEstimateYen.max),
            );
          }}
          onBlur={() => void draft.save()}
          error={draft.fieldErrors.cityBudgetEstimateYen}
        />
      ) : null}
      <ChoiceGroup
        legend={td('field.resourcesWanted')}
        hint={t('hint.resourcesWanted')}
        name="resourcesWanted"
        type="checkbox"
        options={CITY_RESOURCES.map((r) => ({ value: r, label: td(`resource.${r}`) }))}
        selected={v.resourcesWanted}
        onChange={(s) =>
          draft.setField(
            'resourcesWanted',
            CITY_RESOURCES.filter((r) => s.includes(r)),
          )
        }
        error={draft.fieldErrors.resourcesWanted}
      />
    </>
  );
}
