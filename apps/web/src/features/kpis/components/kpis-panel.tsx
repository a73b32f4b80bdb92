import { useState } from 'react';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { LogicModel } from '@kyoso/contracts/kpis';
import type { Kpi as ProposedKpi } from '@kyoso/contracts/proposals';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useCityToday } from '../api/get-city-today';
import { useKpis } from '../api/get-kpis';
import { KpiCard } from './kpi-card';
import { nextReportDue, openReports } from './kpi-schedule';
import { KpiSetForm } from './kpi-set-form';
import { kpiRows, rowsFromProposal } from './kpi-values';
import { LogicModelSection } from './logic-model-section';

/** What the reader may do with the logic model and the KPIs (the API decides: `proposal.can`). */
export type KpiPermissions = {
  editLogicModel: boolean;
  editKpis: boolean;
  reportKpi: boolean;
  verifyKpi: boolean;
};

/**
 * STEPs 5–6: the logic model, the KPIs with each period's report, and what is due. Both sides
 * shape the logic model and the KPIs; the proposer reports, the lead department verifies.
 */
export function KpisPanel({
  proposalId,
  logicModel,
  proposedKpis,
  can,
}: {
  proposalId: string;
  logicModel: LogicModel | null;
  proposedKpis: ProposedKpi[] | null;
  can: KpiPermissions;
}) {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  const kpis = useKpis(proposalId);
  const today = useCityToday();
  const [editing, setEditing] = useState<'current' | 'proposal' | null>(null);
  const [saved, setSaved] = useState(false);
  const savedRef = useFocusWhen<HTMLParagraphElement>(saved);

  if (kpis.isError || today.isError) {
    const error = kpis.error ?? today.error;
    return (
      <LoadError
        error={error}
        onRetry={() => void Promise.all([kpis.refetch(), today.refetch()])}
      />
    );
  }
  if (!kpis.data || !today.data) {
    return <Loading />;
  }
  const list = kpis.data.kpis;
  const next = nextReportDue(list);
  const open = openReports(list, today.data);
  const proposed = proposedKpis ?? [];

  return (
    <section aria-labelledby="kpis-heading">
      <h2 id="kpis-heading">{t('kpi.panel.title')}</h2>
      <p className="muted">{t('kpi.panel.intro')}</p>

      {list.length > 0 ? (
        <div className="status-box">
          <p>
            {next
              ? t('kpi.panel.nextDue', { date: formatDate(next, language) })
              : t('kpi.panel.noneDue')}
          </p>
          {open.overdue > 0 ? (
            <Alert kind="warning">{t('kpi.panel.overdue', { count: open.overdue })}</Alert>
          ) : null}
          {open.due > 0 ? <p>{t('kpi.panel.due', { count: open.due })}</p> : null}
        </div>
      ) : null}

      {logicModel ? (
        <LogicModelSection
          proposalId={proposalId}
          model={logicModel}
          canEdit={can.editLogicModel}
        />
      ) : null}

      <section aria-labelledby="kpi-set-heading">
        <h3 id="kpi-set-heading">{t('kpi.panel.setTitle')}</h3>
        {saved ? (
          <p ref={savedRef} tabIndex={-1} role="status" className="muted">
            {t('kpi.panel.saved')}
          </p>
        ) : null}
        {list.length === 0 ? <p>{t('kpi.panel.none')}</p> : null}
        {proposed.length > 0 && (list.length === 0 || editing) ? (
          <div className="callout">
            <p>
              <strong>{t('kpi.panel.proposed')}</strong>
            </p>
            <ul className="plain-list">
              {proposed.map((k, index) => (
                <li key={index}>
                  {t('kpi.panel.proposedItem', { name: k.name, target: k.target })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {editing ? (
          <KpiSetForm
            proposalId={proposalId}
            version={kpis.data.version}
            initialRows={editing === 'proposal' ? rowsFromProposal(proposed) : kpiRows(list)}
            onCancel={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              setSaved(true);
            }}
          />
        ) : can.editKpis ? (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setEditing('current');
              }}
            >
              {t(list.length === 0 ? 'kpi.panel.define' : 'kpi.panel.edit')}
            </button>
            {list.length === 0 && proposed.length > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing('proposal');
                }}
              >
                {t('kpi.panel.fromProposal')}
              </button>
            ) : null}
          </div>
        ) : null}
        {list.map((kpi) => (
          <KpiCard
            key={kpi.id}
            proposalId={proposalId}
            kpi={kpi}
            today={today.data}
            can={{ report: can.reportKpi, verify: can.verifyKpi }}
          />
        ))}
      </section>
    </section>
  );
}
