import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { AccessLogEntry } from '@kyoso/contracts/collaboration';
import type { Proposal } from '@kyoso/contracts/proposals';
import { LoadError, Loading } from '../../components/ui/feedback';
import { api } from '../../lib/api-client';
import { formatDateTime, useI18n, useT } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';

/** Who in the city viewed or downloaded the confidential content, and when. */
export function AccessLogPanel({ proposal }: { proposal: Proposal }) {
  const td = useT(domainMessages);
  const tw = useT(workflowMessages);
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const state = useApi(
    (signal) =>
      api<{ entries: AccessLogEntry[] }>(`/api/proposals/${proposal.id}/access-log`, { signal }),
    proposal.id,
  );
  return (
    <section aria-labelledby="access-log-heading">
      <h2 id="access-log-heading">
        {ja ? '秘密情報の閲覧記録' : 'Who viewed confidential content'}
      </h2>
      <p className="muted">
        {ja
          ? '秘密情報として指定された項目やファイルを市の職員が閲覧・ダウンロードするたびに記録されます。記録は変更・削除できません。'
          : 'Every time city staff view a section or open a file marked confidential, it is recorded here. Entries cannot be changed or removed.'}
      </p>
      {state.loading && !state.data ? <Loading /> : null}
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.data && state.data.entries.length === 0 ? (
        <p>{ja ? 'まだ閲覧の記録はありません。' : 'Nobody has viewed confidential content yet.'}</p>
      ) : null}
      {state.data && state.data.entries.length > 0 ? (
        <div className="table-wrap" tabIndex={0} aria-label={ja ? '閲覧記録' : 'Access log'}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{ja ? '日時' : 'When'}</th>
                <th scope="col">{ja ? '閲覧した部署・人' : 'Who'}</th>
                <th scope="col">{ja ? '内容' : 'What'}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{formatDateTime(e.at, language)}</time>
                  </td>
                  <td>
                    {e.user.department ? l(e.user.department.name) : tw(`role.${e.user.role}`)}
                    {e.user.name ? ` ・ ${e.user.name}` : ''}
                  </td>
                  <td>
                    {e.resource === 'attachment'
                      ? `${ja ? 'ファイルを開く' : 'Opened file'}: ${e.fileName ?? ''}`
                      : `${ja ? '提案の閲覧' : 'Viewed'}: ${e.sections
                          .map((s) => td(`section.${s}`))
                          .join(ja ? '、' : ', ')}`}
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
