import { appMessages } from '@kyoso/i18n/catalogues/app';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { PROPOSAL_LIMITS } from '@kyoso/contracts/proposals';
import { TextField } from '../../../components/ui/field';
import { useT } from '../../../lib/i18n';
import type { Draft } from '../hooks/use-draft';

/** The KPIs: a name and a target each, added and removed one by one. */
export function KpiEditor({ draft }: { draft: Draft }) {
  const t = useT(proposalFormMessages);
  const td = useT(domainMessages);
  const ta = useT(appMessages);
  const kpis = draft.values.kpis;
  const update = (index: number, key: 'name' | 'target', value: string) =>
    draft.setField(
      'kpis',
      kpis.map((k, i) => (i === index ? { ...k, [key]: value } : k)),
    );
  return (
    <fieldset className="field fieldset">
      <legend className="field__label">
        {td('field.kpis')}
        <span className="badge badge--required">{ta('common.required')}</span>
      </legend>
      <p className="field__hint">{t('hint.kpis')}</p>
      {draft.fieldErrors.kpis ? <p className="field__error">{draft.fieldErrors.kpis}</p> : null}
      {kpis.map((kpi, index) => (
        <div key={index} className="kpi-row">
          <TextField
            label={t('kpi.name', { n: index + 1 })}
            name={`kpis.${index}.name`}
            value={kpi.name}
            onChange={(v) => update(index, 'name', v)}
            onBlur={() => void draft.save()}
            maxLength={PROPOSAL_LIMITS.kpiName.max}
            required
            error={draft.fieldErrors[`kpis.${index}.name`]}
          />
          <TextField
            label={t('kpi.target', { n: index + 1 })}
            name={`kpis.${index}.target`}
            value={kpi.target}
            onChange={(v) => update(index, 'target', v)}
            onBlur={() => void draft.save()}
            maxLength={PROPOSAL_LIMITS.kpiTarget.max}
            required
            error={draft.fieldErrors[`kpis.${index}.target`]}
          />
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() =>
              draft.setField(
                'kpis',
                kpis.filter((_, i) => i !== index),
              )
            }
          >
            {t('kpi.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      {kpis.length < PROPOSAL_LIMITS.kpis.max ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => draft.setField('kpis', [...kpis, { name: '', target: '' }])}
        >
          {t('kpi.add')}
        </button>
      ) : null}
    </fieldset>
  );
}
