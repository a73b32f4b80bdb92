import { Link } from 'react-router';
import type { LocalizedText } from '@kyoso/i18n/languages';
import { RequireAuth } from '../../components/layouts/require-auth';
import { LoadError, Loading, PageTitle } from '../../components/ui/feedback';
import { paths } from '../../config/paths';
import { api } from '../../lib/api-client';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useI18n, useT } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import '../../styles/nda-pages.css';

type ReportRow = {
  department: { id: string; name: LocalizedText; fullName: LocalizedText };
  routedAsLead: number;
  accepted: number;
  returned: number;
  awaiting: number;
  awaitingOverdue: number;
  averageDaysToAccept: number | null;
};

type RoutingReport = {
  rows: ReportRow[];
  totals: {
    transfers: number;
    proposalsWithTransfers: number;
    averageDaysWithoutDepartment: number | null;
  };
};

function ReportContent() {
  const t = useT(appMessages);
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const report = useApi(
    (signal) => api<RoutingReport>('/api/routing/report', { signal }),
    'routing-report',
  );
  const number = (n: number) => n.toLocaleString(ja ? 'ja-JP' : 'en-GB');
  const days = (n: number | null) =>
    n === null
      ? ja
        ? '記録なし'
        : 'No data yet'
      : ja
        ? `${n.toLocaleString('ja-JP', { maximumFractionDigits: 1 })}日`
        : `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${n === 1 ? 'day' : 'days'}`;

  return (
    <>
      <PageTitle>{t('nav.routingReport')}</PageTitle>
      <p>
        {ja
          ? '提案を担当部署へ振り分けた後の受付・差し戻し・移管の状況を、部署ごとにまとめています。差し戻しや移管が重なっている提案、受付待ちが続いている部署を早めに見つけ、提案のたらい回しを防ぐためにお使いください。'
          : 'How proposals fared after being routed to a department: accepted, returned or transferred, per department. The co-creation desk uses it to spot proposals that bounce between departments, and departments that leave proposals waiting, before it becomes a problem.'}
      </p>
      <p>
        <Link to={paths.inbox}>
          {ja ? '受付一覧で個々の提案を確認する' : 'See the individual proposals in the inbox'}
        </Link>
      </p>

      {report.loading && !report.data ? <Loading /> : null}
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : null}
      {report.data ? (
        <>
          <section aria-labelledby="totals-heading">
            <h2 id="totals-heading">{ja ? '全体の状況' : 'Overall'}</h2>
            <dl className="report-totals">
              <div>
                <dt>{ja ? '移管の総数' : 'Transfers in total'}</dt>
                <dd>
                  {number(report.data.totals.transfers)}
                  <span className="report-totals__unit">{ja ? '件' : ''}</span>
                </dd>
              </div>
              <div>
                <dt>{ja ? '移管のあった提案' : 'Proposals transferred at least once'}</dt>
                <dd>
                  {number(report.data.totals.proposalsWithTransfers)}
                  <span className="report-totals__unit">{ja ? '件' : ''}</span>
                </dd>
              </div>
              <div>
                <dt>
                  {ja
                    ? '担当部署が決まるまでの平均日数'
                    : 'Average days until a department took charge'}
                </dt>
                <dd>{days(report.data.totals.averageDaysWithoutDepartment)}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="departments-heading">
            <h2 id="departments-heading">{ja ? '部署ごとの状況' : 'By department'}</h2>
            {report.data.rows.length === 0 ? (
              <p>
                {ja
                  ? 'まだ振り分けの記録はありません。'
                  : 'No proposal has been routed to a department yet.'}
              </p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">
                    {ja
                      ? '部署ごとの振り分け・受付・差し戻しの件数（差し戻しの多い順）'
                      : 'Routing, acceptance and returns per department (most returns first)'}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{ja ? '部署' : 'Department'}</th>
                      <th scope="col" className="num">
                        {ja ? '主担当として振り分け' : 'Routed as lead'}
                      </th>
                      <th scope="col" className="num">
                        {ja ? '受付' : 'Accepted'}
                      </th>
                      <th scope="col" className="num">
                        {ja ? '差し戻し' : 'Returned'}
                      </th>
                      <th scope="col" className="num">
                        {ja ? '受付待ち' : 'Awaiting acceptance'}
                      </th>
                      <th scope="col" className="num">
                        {ja ? 'うち期限超過' : 'Of which overdue'}
                      </th>
                      <th scope="col" className="num">
                        {ja ? '受付までの平均日数' : 'Average days to accept'}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.data.rows.map((row) => (
                      <tr key={row.department.id}>
                        <th scope="row">{l(row.department.fullName)}</th>
                        <td className="num">{number(row.routedAsLead)}</td>
                        <td className="num">{number(row.accepted)}</td>
                        <td className="num">{number(row.returned)}</td>
                        <td className="num">{number(row.awaiting)}</td>
                        <td className={`num${row.awaitingOverdue > 0 ? ' num--alert' : ''}`}>
                          {number(row.awaitingOverdue)}
                          {row.awaitingOverdue > 0 ? (
                            <span className="visually-hidden">
                              {ja ? '（要確認）' : ' (needs attention)'}
                            </span>
                          ) : null}
                        </td>
                        <td className="num">{days(row.averageDaysToAccept)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h3>{ja ? '各項目の意味' : 'What the columns mean'}</h3>
            <dl className="report-notes">
              <dt>{ja ? '主担当として振り分け' : 'Routed as lead'}</dt>
              <dd>
                {ja
                  ? '窓口がその部署を主担当として振り分けた回数です（差し戻し後の再度の振り分けを含みます）。'
                  : 'How often the desk made the department the lead (including routing again after a return).'}
              </dd>
              <dt>{ja ? '受付・差し戻し' : 'Accepted, returned'}</dt>
              <dd>
                {ja
                  ? '部署が担当を引き受けた回数と、担当外として窓口へ差し戻した回数です。'
                  : 'How often the department took the proposal on, or sent it back to the desk as not theirs.'}
              </dd>
              <dt>{ja ? '受付待ち・うち期限超過' : 'Awaiting, overdue'}</dt>
              <dd>
                {ja
                  ? '振り分け後、部署がまだ受け付けていない提案の件数と、そのうち受付の期限を過ぎている件数です。'
                  : 'Proposals routed to the department and not accepted yet, and how many of them are past the deadline for accepting.'}
              </dd>
              <dt>{ja ? '受付までの平均日数' : 'Average days to accept'}</dt>
              <dd>
                {ja
                  ? '振り分けから受付までにかかった日数の平均です（受け付けた提案のみ）。'
                  : 'The average number of days from routing to acceptance, for the accepted proposals.'}
              </dd>
            </dl>
          </section>
        </>
      ) : null}
    </>
  );
}

export function RoutingReportPage() {
  return (
    <RequireAuth roles={['coordinator']}>
      <ReportContent />
    </RequireAuth>
  );
}
