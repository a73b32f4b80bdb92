import { useState } from 'react';
import type { Proposal } from '@kyoso/contracts/proposals';
import { STATUSES } from '@kyoso/contracts/workflow';
import { Alert } from '../../components/ui/feedback';
import { api, isApiError } from '../../lib/api-client';
import { useAuth } from '../../lib/auth';
import { useI18n } from '../../lib/i18n';

/** The desk takes the first check (visible to the other coordinators), or lets it go. */
export function FirstCheckPanel({
  proposal,
  onChange,
}: {
  proposal: Proposal;
  onChange: (p: Proposal) => void;
}) {
  const { language } = useI18n();
  const { user } = useAuth();
  const ja = language === 'ja';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!proposal.viewerRelations.includes('coordinator') || STATUSES[proposal.status].terminal) {
    return null;
  }
  const mine = proposal.assignedCoordinator?.id === user?.id;
  const send = async (method: 'POST' | 'DELETE') => {
    setBusy(true);
    setError(null);
    try {
      const res = await api<{ proposal: Proposal }>(`/api/proposals/${proposal.id}/assignee`, {
        method,
      });
      onChange(res.proposal);
    } catch (err) {
      setError(isApiError(err) ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="first-check-heading">
      <h2 id="first-check-heading">{ja ? '窓口の担当' : 'Desk owner'}</h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <p>
        {proposal.assignedCoordinator
          ? ja
            ? `${proposal.assignedCoordinator.name} さんが担当しています。`
            : `${proposal.assignedCoordinator.name} has taken this proposal.`
          : ja
            ? 'まだ担当者が決まっていません。'
            : 'Nobody has taken this proposal yet.'}
      </p>
      {mine ? (
        <button
          type="button"
          className="button button--ghost"
          disabled={busy}
          onClick={() => void send('DELETE')}
        >
          {ja ? '担当を外れる' : 'Let it go'}
        </button>
      ) : proposal.assignedCoordinator ? null : (
        <button type="button" className="button" disabled={busy} onClick={() => void send('POST')}>
          {ja ? '自分が担当する' : 'Take it'}
        </button>
      )}
    </section>
  );
}
