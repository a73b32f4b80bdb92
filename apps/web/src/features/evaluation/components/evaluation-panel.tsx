import { useState } from 'react';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useEvaluation, useEvaluationVersions } from '../api/get-evaluation';
import { EvaluationCommentForm } from './evaluation-comment-form';
import { EvaluationForm } from './evaluation-form';
import { EvaluationView } from './evaluation-view';

/** What the reader may do with the evaluation (the API decides: `proposal.can`). */
export type EvaluationPermissions = { record: boolean; comment: boolean };

/**
 * STEP 6: the evaluation, written by the lead department (each revision a new version, the
 * earlier ones kept for city staff), with the proposer's comment.
 */
export function EvaluationPanel({
  proposalId,
  kpis,
  can,
  showVersions,
}: {
  proposalId: string;
  /** The project's KPIs, each to be given an achievement. */
  kpis: readonly { id: string; name: string }[];
  can: EvaluationPermissions;
  /** City staff read the earlier versions too. */
  showVersions: boolean;
}) {
  const t = useT(recordsMessages);
  const evaluation = useEvaluation(proposalId);
  const versions = useEvaluationVersions(proposalId, { enabled: showVersions });
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<'recorded' | 'commented' | null>(null);
  const doneRef = useFocusWhen<HTMLParagraphElement>(done);

  if (evaluation.isError) {
    return <LoadError error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  }
  if (!evaluation.data) {
    return <Loading />;
  }
  const current = evaluation.data.evaluation;
  const earlier = (versions.data?.versions ?? []).filter((e) => e.version !== current?.version);

  return (
    <section aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">{t('evaluation.title')}</h2>
      <p className="muted">{t('evaluation.panel.intro')}</p>
      {done ? (
        <p ref={doneRef} tabIndex={-1} role="status" className="alert alert--success">
          {t(done === 'recorded' ? 'evaluation.panel.recorded' : 'evaluation.panel.commented')}
        </p>
      ) : null}
      {editing ? (
        <EvaluationForm
          proposalId={proposalId}
          current={current}
          kpis={kpis}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            setDone('recorded');
          }}
        />
      ) : (
        <>
          {current ? <EvaluationView evaluation={current} /> : <p>{t('evaluation.panel.none')}</p>}
          {can.record ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setDone(null);
                  setEditing(true);
                }}
              >
                {t(current ? 'evaluation.form.revise' : 'evaluation.form.new')}
              </button>
            </p>
          ) : null}
        </>
      )}
      {can.comment && current ? (
        <section aria-labelledby="evaluation-comment-heading">
          <h3 id="evaluation-comment-heading">{t('evaluation.comment.title')}</h3>
          <EvaluationCommentForm
            key={current.proposerCommentedAt ?? 'new'}
            proposalId={proposalId}
            current={current.proposerComment}
            onDone={() => setDone('commented')}
          />
        </section>
      ) : null}
      {earlier.length > 0 ? (
        <details>
          <summary>{t('evaluation.panel.versions', { count: earlier.length })}</summary>
          {earlier.map((e) => (
            <EvaluationView key={e.version} evaluation={e} headingLevel={4} />
          ))}
        </details>
      ) : null}
    </section>
  );
}
