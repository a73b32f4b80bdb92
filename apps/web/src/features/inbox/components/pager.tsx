import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../../lib/i18n';

/**
 * Previous / page n of m / next. (The shared `components/ui/pager.tsx` has the same props; this
 * one stays until it is on the branch.)
 */
export function Pager({
  page,
  pages,
  onPage,
  label,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const t = useT(appMessages);
  if (pages <= 1) {
    return null;
  }
  return (
    <nav className="pagination" aria-label={label}>
      <button
        type="button"
        className="button button--ghost"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('common.previous')}
      </button>
      <span>{t('common.page', { page, pages })}</span>
      <button
        type="button"
        className="button button--ghost"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
