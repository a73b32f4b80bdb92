import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../lib/i18n';

/**
 * Previous / next pages of a list, with "page 2 of 5" between them. Nothing when everything fits
 * on one page. `onPage` receives the page to show (1-based).
 */
export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const t = useT(appMessages);
  if (pages <= 1) {
    return null;
  }
  return (
    <nav className="pagination" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button button--ghost"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('common.previous')}
      </button>
      <span aria-live="polite">{t('common.page', { page, pages })}</span>
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
