import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { AccessLogEntry } from '@kyoso/contracts/collaboration';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { formatList } from '@kyoso/i18n/format';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useAccessLog } from '../api/get-access-log';
import '../../../styles/staff-pages.css';

function What({ entry }: { entry: AccessLogEntry }) {
  const t = useT(collaborationMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  if (entry.resource === 'attachment') {
    return <>{t('accessLog.file', { file: entry.fileName ?? '' })}</>;
  }
  return (
    <>
      {t('accessLog.sections', {
        sections: formatList(
          entry.sections.map((s) => td(`section.${s}`)),
          language,
        ),
      })}
    </>
  );
}

/** Who in the city viewed or downloaded the confidential content, and when. */
export function AccessLogPanel({ proposalId }: { proposalId: string }) {
  const t = useT(collaborationMessages);
  const tw = useT(workflowMessages);
  const { l, language } = useI18n();
  const log = useAccessLog(proposalId);
  return (
    <section aria-labelledby="access-log-heading">
      <h2 id="access-log-heading">{t('accessLog.title')}</h2>
      <p className="muted">{t('accessLog.intro')}</p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <LoadError error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data && log.data.entries.length === 0 ? <p>{t('accessLog.none')}</p> : null}
      {log.data && log.data.entries.length > 0 ? (
        <div
          className="table-wrap"
          role="region"
          tabIndex={0}
          aria-label={t('accessLog.tableLabel')}
        >
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('accessLog.when')}</th>
                <th scope="col">{t('accessLog.who')}</th>
                <th scope="col">{t('accessLog.what')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{formatDateTime(e.at, language)}</time>
                    {e.views > 1 ? (
                      <span className="access-log__views">
                        {t('accessLog.views', {
                          count: e.views,
                          first: formatDateTime(e.firstAt, language),
                          last: formatDateTime(e.at, language),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {[
                      e.user.department ? l(e.user.department.name) : tw(`role.${e.user.role}`),
                      e.user.name,
                    ]
                      .filter(Boolean)
                      .join(' ・ ')}
                  </td>
                  <td>
                    <What entry={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
