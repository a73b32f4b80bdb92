import { appMessages } from '@kyoso/i18n/catalogues/app';
import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import { Alert } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useReleaseFirstCheckMutation } from '../api/release-first-check';
import { useTakeFirstCheckMutation } from '../api/take-first-check';

/** The desk takes the first check (visible to the other coordinators), or lets it go. */
export function FirstCheckPanel({
  proposalId,
  assignee,
  canTake,
  canRelease,
}: {
  proposalId: string;
  assignee: { id: string; name: string } | null;
  /** The API says the reader may take it (`can.takeFirstCheck`). */
  canTake: boolean;
  /** The API says the reader may let it go (`can.releaseFirstCheck`). */
  canRelease: boolean;
}) {
  const t = useT(collaborationMessages);
  const ta = useT(appMessages);
  const take = useTakeFirstCheckMutation(proposalId);
  const release = useReleaseFirstCheckMutation(proposalId);
  const error = take.error ?? release.error;
  const busy = take.isPending || release.isPending;
  return (
    <section className="card" aria-labelledby="first-check-heading">
      <h2 id="first-check-heading">{t('firstCheck.title')}</h2>
      {error ? (
        <Alert kind="error">{isApiError(error) ? error.message : ta('error.generic.body')}</Alert>
      ) : null}
      <p>{assignee ? t('firstCheck.taken', { name: assignee.name }) : t('firstCheck.nobody')}</p>
      {canRelease ? (
        <button
          type="button"
          className="button button--ghost"
          disabled={busy}
          onClick={() => {
            take.reset();
            release.mutate();
          }}
        >
          {t('firstCheck.release')}
        </button>
      ) : null}
      {canTake ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            release.reset();
            take.mutate();
          }}
        >
          {t('firstCheck.take')}
        </button>
      ) : null}
    </section>
  );
}
