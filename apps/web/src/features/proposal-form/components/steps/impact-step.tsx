import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { ChoiceGroup, TextField } from '../../../../components/ui/field';
import { useT } from '../../../../lib/i18n';
import type { Draft } from '../../hooks/use-draft';
import { DraftText } from '../draft-text';
import { KpiEditor } from '../kpi-editor';

/** Step 5: the expected impact, its KPIs, when to start and whether as a pilot. */
export function ImpactStep({ draft }: { draft: Draft }) {
  const t = useT(proposalFormMessages);
  const td = useT(domainMessages);
  const v = draft.values;
  return (
    <>
      <DraftText draft={draft} name="impact" rows={5} />
      <KpiEditor draft={draft} />
      <TextField
        label={td('field.desiredStart')}
        name="desiredStart"
        type="month"
        required
        hint={t('hint.desiredStart')}
        value={v.desiredStart ?? ''}
        onChange={(s) => draft.setField('desiredStart', s === '' ? null : s)}
        onBlur={() => void draft.save()}
        error={draft.fieldErrors.desiredStart}
      />
      <ChoiceGroup
        legend={td('field.pilot')}
        name="pilot"
        type="radio"
        required
        options={[
          { value: 'yes', label: t('pilot.yes') },
          { value: 'no', label: t('pilot.no') },
        ]}
        selected={v.pilot === null ? [] : [v.pilot ? 'yes' : 'no']}
        onChange={(s) => draft.setField('pilot', s[0] === 'yes')}
        error={draft.fieldErrors.pilot}
      />
    </>
  );
}
