import { useState } from 'react';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { DecisionPublicView, DecisionView } from '@kyoso/contracts/decisions';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useDecision } from '../api/get-decision';
import { useDecisionVersions } from '../api/get-decision-versions';
import type { DecisionResponse } from '../api/get-decision';
import { DecisionFacts } from './decision-facts';
import { DecisionForm } from './decision-form';
import { DecisionGuideNotice } from './decision-guide';

function isStaffView(decision: DecisionPublicView | DecisionView): decision is DecisionView {
  return 'internalNotes' in decision;
}

/**
 * STEP 4 on the case page. City staff read the latest version with its internal notes and every
 * earlier version; the lead department records or revises it (then carries it out with the
 * workflow's adopt, hold or decline). The proposer reads the decision carried out, in plain
 * words, and what comes next.
 */
export function DecisionPanel({
  proposalId,
  audience,
  canRecord,
}: {
  proposalId: string;
  audience: 'proposer' | 'staff';
  /** `can.recordDecision`. */
  canRecord: boolean;
}) {
  const t = useT(recordsMessages);
  const tw = useT(workflowMessages);
  const { language } = useI18n();
  const answer = useDecision(proposalId);
  const versions = useDecisionVersions(proposalId, { enabled: audience === 'staff' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<DecisionResponse | null>(null);
  const savedRef = useFocusWhen<HTMLParagraphElement>(saved);
  const decision = answer.data?.decision ?? null;
  const guide = answer.data?.guide ?? null;
  const staff = decision && isStaffView(decision) ? decision : null;
  const earlier = (versions.data?.versions ?? []).filter((d) => d.version !== decision?.version);

  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('decision.title')}</h2>
      {audience === 'staff' ? <p className="muted">{t('decision.panel.intro')}</p> : null}
      {answer.isPending ? <Loading /> : null}
      {answer.isError ? (
        <LoadError error={answer.error} onRetry={() => void answer.refetch()} />
      ) : null}
      {saved?.decision ? (
        <p ref={savedRef} tabIndex={-1} role="status" className="alert alert--success">
          {t('decision.panel.saved', {
            version: saved.decision.version,
            action: tw(`action.${saved.decision.outcome}.label`),
          })}
        </p>
      ) : null}
      {answer.data && !decision ? <p>{t('decision.panel.none')}</p> : null}

      {decision ? (
        <article className="card" aria-labelledby="decision-current-heading">
          <h3 id="decision-current-heading">
            {staff
              ? t('decision.panel.version', {
                  version: decision.version,
                  date: formatDateTime(decision.recordedAt, language),
                })
              : t('decision.panel.outcome')}
          </h3>
          {staff ? (
            <p className="muted">
              {staff.takenAt
                ? t('decision.panel.taken', { date: formatDateTime(staff.takenAt, language) })
                : t('decision.panel.notTaken')}
              {staff.recordedBy.name
                ? ` ${t('decision.panel.recordedBy', { name: staff.recordedBy.name })}`
                : ''}
            </p>
          ) : null}
          <DecisionFacts decision={decision} headingLevel={4} />
          {staff?.internalNotes ? (
            <>
              <h4>{t('decision.panel.internalNotes')}</h4>
              <p className="prewrap">{staff.internalNotes}</p>
            </>
          ) : null}
          {audience === 'proposer' ? (
            <>
              <h4>{t('decision.panel.next')}</h4>
              <p>{t(`decision.next.${decision.outcome}`)}</p>
            </>
          ) : null}
        </article>
      ) : null}

      {canRecord && answer.data ? (
        editing ? (
          <>
            {guide ? <DecisionGuideNotice guide={guide} /> : null}
            <DecisionForm
              key={decision?.version ?? 0}
              proposalId={proposalId}
              current={staff}
              guide={guide}
              onCancel={() => setEditing(false)}
              onDone={(result) => {
                setEditing(false);
                setSaved(result);
              }}
            />
          </>
        ) : (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(null);
                setEditing(true);
              }}
            >
              {decision ? t('decision.panel.revise') : t('decision.panel.record')}
            </button>
          </p>
        )
      ) : null}

      {audience === 'staff' && earlier.length > 0 ? (
        <details className="card">
          <summary>{t('decision.versions.title', { count: earlier.length })}</summary>
          {earlier.map((d) => (
            <article key={d.version} aria-labelledby={`decision-version-${d.version}`}>
              <h3 id={`decision-version-${d.version}`}>
                {t('decision.panel.version', {
                  version: d.version,
                  date: formatDateTime(d.recordedAt, language),
                })}
              </h3>
              <p className="muted">
                {d.takenAt
                  ? t('decision.panel.taken', { date: formatDateTime(d.takenAt, language) })
                  : t('decision.versions.notTaken')}
                {d.recordedBy.name
                  ? ` ${t('decision.panel.recordedBy', { name: d.recordedBy.name })}`
                  : ''}
              </p>
              <DecisionFacts decision={d} headingLevel={4} />
              {d.internalNotes ? (
                <>
                  <h4>{t('decision.panel.internalNotes')}</h4>
                  <p className="prewrap">{d.internalNotes}</p>
                </>
              ) : null}
            </article>
          ))}
        </details>
      ) : null}
      {versions.isError ? (
        <LoadError error={versions.error} onRetry={() => void versions.refetch()} />
      ) : null}
    </section>
  );
}
