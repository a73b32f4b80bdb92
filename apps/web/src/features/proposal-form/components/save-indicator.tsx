import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import type { SaveStatus } from '../hooks/use-draft';

/** Whether what the proposer typed is safe on the server, announced politely. */
export function SaveIndicator({
  status,
  savedAt,
  onRetry,
}: {
  status: SaveStatus;
  savedAt: Date | null;
  onRetry: () => void;
}) {
  const t = useT(proposalFormMessages);
  const { language } = useI18n();
  const text = {
    saved: () =>
      savedAt
        ? t('save.savedAt', { time: formatDateTime(savedAt.toISOString(), language) })
        : t('save.saved'),
    dirty: () => t('save.dirty'),
    saving: () => t('save.saving'),
    offline: () => t('save.offline'),
    invalid: () => t('save.invalid'),
    failed: () => t('save.failed'),
  }[status]();
  return (
    <div className={`save-indicator save-indicator--${status}`} role="status" aria-live="polite">
      <span>{text}</span>
      {status === 'offline' || status === 'failed' ? (
        <button type="button" className="button button--small button--ghost" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  );
}
