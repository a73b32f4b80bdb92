import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { inboxMessages } from '@kyoso/i18n/catalogues/inbox';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { Pager } from '../../../components/ui/pager';
import { paths } from '../../../config/paths';
import { formatNumber, useI18n, useT } from '../../../lib/i18n';
import { inboxExportHref } from '../api/export-inbox';
import { useInbox } from '../api/get-inbox';
import { InboxTable } from './inbox-table';
import type { InboxSearch } from './use-inbox-search';

const PAGE_SIZE = 20;

/** The proposals matching the inbox's filters: their count, the CSV export, a page of them. */
export function InboxResults({ search, isDesk }: { search: InboxSearch; isDesk: boolean }) {
  const t = useT(inboxMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const { filters, page } = search;
  const inbox = useInbox({ ...filters, page, pageSize: PAGE_SIZE });
  const total = inbox.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const shownTotal = formatNumber(total, language);

  return (
    <>
      <div className="inbox-summary">
        <p aria-live="polite">
          {inbox.data
            ? inbox.data.totalCapped
              ? t('countCapped', { total: shownTotal })
              : t('count', { count: total, total: shownTotal })
            : ''}
        </p>
        <p className="button-row">
          <a
            className="button button--ghost button--small"
            href={inboxExportHref(filters)}
            download
          >
            {t('export')}
          </a>
          {isDesk ? (
            <Link className="button button--ghost button--small" to={paths.routingReport}>
              {ta('nav.routingReport')}
            </Link>
          ) : null}
        </p>
      </div>
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? (
        <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : null}
      {inbox.data && inbox.data.proposals.length === 0 ? <p>{t('none')}</p> : null}
      {inbox.data && inbox.data.proposals.length > 0 ? (
        <InboxTable proposals={inbox.data.proposals} isDesk={isDesk} page={page} pages={pages} />
      ) : null}
      <Pager page={page} pages={pages} onPage={search.goTo} />
    </>
  );
}
