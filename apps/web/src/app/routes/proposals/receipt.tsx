import { Link, useParams } from 'react-router';
import type { Proposal } from '@kyoso/contracts/proposals';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { Alert, LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { formatDate, formatDateTime, useI18n } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

/** The receipt: reference number, what happens next, the first-check date and the calendar flag. */
function Receipt() {
  const { id = '' } = useParams();
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const state = useApi(
    (signal) => api<{ proposal: Proposal }>(`/api/proposals/${id}`, { signal }),
    id,
  );
  if (state.error) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  if (!state.data) {
    return <Loading />;
  }
  const p = state.data.proposal;
  const a = p.calendarAssessment;
  return (
    <div className="narrow receipt">
      <PageTitle>{ja ? '提案を受け付けました' : 'Your proposal has been received'}</PageTitle>
      <div className="card receipt__card">
        <p className="receipt__label">{ja ? '受付番号' : 'Reference number'}</p>
        <p className="receipt__number">{p.referenceNumber}</p>
        <dl className="facts">
          <dt>{ja ? '提案名' : 'Proposal'}</dt>
          <dd>{p.title}</dd>
          <dt>{ja ? '受付日時' : 'Received'}</dt>
          <dd>{formatDateTime(p.submittedAt, language)}</dd>
          <dt>{ja ? '一次確認の期限' : 'First check due'}</dt>
          <dd>
            {formatDate(a?.screeningDueDate ?? p.dueDate, language)}
            {ja ? '（10営業日以内）' : ' (within 10 business days)'}
          </dd>
          <dt>{ja ? '現在の状況' : 'Status'}</dt>
          <dd>{l(p.statusLabel)}</dd>
        </dl>
      </div>
      {a?.flag ? (
        <Alert
          kind={a.flag.severity === 'warning' ? 'warning' : 'info'}
          title={ja ? '予算カレンダーについて' : 'About the budget calendar'}
        >
          {l(a.flag.message)}
        </Alert>
      ) : null}
      <h2>{ja ? 'このあとの流れ' : 'What happens next'}</h2>
      <ol>
        <li>
          {ja
            ? '共創窓口が内容を確認します（一次確認）。追加でお伺いしたいことがあれば、ポータルとメールでご連絡します。'
            : 'The co-creation desk checks the proposal. If it needs more information, it asks on the portal and by e-mail.'}
        </li>
        <li>
          {ja
            ? '担当部署を見つけて橋渡しします。担当部署が決まると、部署名をお知らせします。'
            : 'It finds the right department and hands the proposal over; you will see the department’s name once it has taken it on.'}
        </li>
        <li>
          {ja
            ? '担当部署との対話に進みます。秘密情報がある場合は、先に秘密保持契約（NDA）を結びます。'
            : 'Dialogue with the department follows, after an NDA if you marked anything confidential.'}
        </li>
      </ol>
      <p>
        {ja
          ? '確認のメールを組織のメンバーにお送りしました。状況はいつでもこのポータルで確認できます。'
          : 'We have sent a confirmation e-mail to your organisation’s members. You can follow the status here at any time.'}
      </p>
      <div className="button-row">
        <Link className="button" to={paths.proposal(p.id)}>
          {ja ? '提案の状況を見る' : 'See the proposal'}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {ja ? '受付票を印刷する' : 'Print the receipt'}
        </button>
      </div>
    </div>
  );
}

export function ReceiptPage() {
  return (
    <RequireAuth roles={['proposer']}>
      <Receipt />
    </RequireAuth>
  );
}
