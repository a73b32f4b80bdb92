import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { LocalizedText } from '@kyoso/i18n/languages';
import {
  CONFIDENTIAL_SECTIONS,
  type Proposal,
  type ProposalEvent,
} from '@kyoso/contracts/proposals';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { Alert, LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { AccessLogPanel } from '../../../features/collaboration/access-log';
import { DialoguesPanel } from '../../../features/collaboration/dialogues';
import { AttachmentsSection } from '../../../features/collaboration/files';
import { FirstCheckPanel } from '../../../features/collaboration/first-check';
import { MessagesPanel } from '../../../features/collaboration/messages';
import { NdaSummary, pastRouting } from '../../../features/collaboration/nda-summary';
import { NotesPanel } from '../../../features/collaboration/notes';
import { ActionPanel } from '../../../features/proposals/action-panel';
import { StepProgress } from '../../../features/workflow/components/step-progress';
import { Timeline } from '../../../features/proposals/timeline';
import { api, isApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatDate, formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';
import { NotFoundPage } from '../not-found';

const SECTION_LABELS = {
  problem: { ja: '課題（誰が、どんな課題を抱えているか）', en: 'The problem' },
  whyThisCity: { ja: 'なぜこの市なのか', en: 'Why this city' },
  solution: { ja: '解決策', en: 'The solution' },
  cityRole: { ja: '市の役割', en: 'The city’s role' },
  companyRole: { ja: '提案者の役割', en: 'Your role' },
  impact: { ja: '期待される効果', en: 'Expected impact' },
  kpis: { ja: 'KPI（成果指標）', en: 'KPIs' },
} as const;

function Section({
  proposal,
  name,
}: {
  proposal: Proposal;
  name: (typeof CONFIDENTIAL_SECTIONS)[number];
}) {
  const { l, language } = useI18n();
  const redacted = proposal.redactedSections.includes(name);
  const confidential = proposal.confidentialSections.includes(name);
  const value = proposal[name];
  return (
    <section className="proposal-section">
      <h3>
        {l(SECTION_LABELS[name])}
        {confidential ? (
          <span className="badge badge--confidential">
            {language === 'ja' ? '秘密情報' : 'Confidential'}
          </span>
        ) : null}
      </h3>
      {redacted ? (
        <p className="redacted">
          {language === 'ja'
            ? 'この項目は秘密情報です。秘密保持契約（NDA）の締結後に閲覧できます。'
            : 'This section is confidential. It can be read once the NDA is in effect.'}
        </p>
      ) : name === 'kpis' && Array.isArray(value) ? (
        <ul>
          {value.map((kpi, i) => (
            <li key={i}>
              {kpi.name}: {kpi.target}
            </li>
          ))}
        </ul>
      ) : (
        <p className="prewrap">{typeof value === 'string' ? value : ''}</p>
      )}
    </section>
  );
}

type TabKey = 'content' | 'messages' | 'dialogues' | 'notes' | 'access-log';

/** The parts of the proposal page the reader may open. */
function tabsFor(proposal: Proposal): Array<{ key: TabKey; label: LocalizedText }> {
  const r = proposal.viewerRelations;
  const staff = r.some(
    (x) => x === 'coordinator' || x === 'lead_department' || x === 'supporting_department',
  );
  const submitted = proposal.status !== 'draft';
  return [
    { key: 'content' as const, label: { ja: '提案の内容と経過', en: 'Proposal and timeline' } },
    ...(submitted
      ? [{ key: 'messages' as const, label: { ja: 'メッセージ', en: 'Messages' } }]
      : []),
    ...(pastRouting(proposal)
      ? [{ key: 'dialogues' as const, label: { ja: '対話の記録', en: 'Dialogues' } }]
      : []),
    ...(staff ? [{ key: 'notes' as const, label: { ja: '内部メモ', en: 'Internal notes' } }] : []),
    ...(submitted && (r.includes('proposer') || r.includes('coordinator'))
      ? [{ key: 'access-log' as const, label: { ja: '秘密情報の閲覧記録', en: 'Access log' } }]
      : []),
  ];
}

function ProposalContent() {
  const td = useT(domainMessages);
  const tw = useT(workflowMessages);
  const { id = '' } = useParams();
  const t = useT(appMessages);
  const { l, language } = useI18n();
  const { user } = useAuth();
  const state = useApi(
    (signal) => api<{ proposal: Proposal }>(`/api/proposals/${id}`, { signal }),
    id,
  );
  const events = useApi(
    (signal) => api<{ events: ProposalEvent[] }>(`/api/proposals/${id}/events`, { signal }),
    id,
  );
  const [proposal, setProposal] = useState<Proposal | undefined>(undefined);
  useEffect(() => setProposal(state.data?.proposal), [state.data]);
  const [params] = useSearchParams();
  const refresh = () => {
    state.reload();
    events.reload();
  };

  if (
    state.error &&
    isApiError(state.error) &&
    (state.error.status === 404 || state.error.status === 400)
  ) {
    return <NotFoundPage />;
  }
  if (state.error) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  if (!proposal) {
    return <Loading />;
  }
  const isProposer = user?.role === 'proposer';
  const a = proposal.calendarAssessment;
  const tabs = tabsFor(proposal);
  const requested = params.get('tab');
  const tab = tabs.some((x) => x.key === requested) ? (requested as TabKey) : 'content';
  return (
    <article className="proposal">
      <p className="breadcrumb">
        <Link to={isProposer ? paths.proposals : paths.inbox}>
          {isProposer
            ? t('nav.myProposals')
            : user?.role === 'department'
              ? t('nav.departmentInbox')
              : t('nav.inbox')}
        </Link>
      </p>
      <PageTitle
        lead={`${proposal.referenceNumber ?? (language === 'ja' ? '未提出' : 'Not submitted')} ・ ${td(`kind.${proposal.kind}`)}${proposal.theme ? ` ・ ${proposal.theme.title}` : ''}`}
      >
        {proposal.title || (language === 'ja' ? '（無題の提案）' : '(untitled proposal)')}
      </PageTitle>
      <div className="status-box" aria-live="polite">
        <p className="status-box__label">
          <span className="muted">{language === 'ja' ? '現在の状況' : 'Status'}</span>
          <strong>{l(proposal.statusLabel)}</strong>
          {!isProposer ? <span className="badge">{l(proposal.staffStatusLabel)}</span> : null}
        </p>
        <StepProgress step={proposal.step} />
        <dl className="facts facts--inline">
          {proposal.nextAction ? (
            <>
              <dt>{language === 'ja' ? '次のステップ' : 'Next'}</dt>
              <dd>{l(proposal.nextAction)}</dd>
            </>
          ) : null}
          {proposal.dueDate ? (
            <>
              <dt>{language === 'ja' ? '予定日' : 'Expected by'}</dt>
              <dd>{formatDate(proposal.dueDate, language)}</dd>
            </>
          ) : null}
          {proposal.leadDepartment ? (
            <>
              <dt>{language === 'ja' ? '担当部署' : 'Department in charge'}</dt>
              <dd>{l(proposal.leadDepartment.name)}</dd>
            </>
          ) : null}
          {proposal.supportingDepartments.length > 0 ? (
            <>
              <dt>{language === 'ja' ? '支援部署' : 'Supporting'}</dt>
              <dd>{proposal.supportingDepartments.map((d) => l(d.name)).join('、')}</dd>
            </>
          ) : null}
          {!isProposer && proposal.transferCount > 0 ? (
            <>
              <dt>{language === 'ja' ? '担当部署の変更回数' : 'Transfers'}</dt>
              <dd>{proposal.transferCount}</dd>
            </>
          ) : null}
          {proposal.submittedAt ? (
            <>
              <dt>{language === 'ja' ? '受付日時' : 'Received'}</dt>
              <dd>{formatDateTime(proposal.submittedAt, language)}</dd>
            </>
          ) : null}
        </dl>
      </div>

      {a?.flag ? (
        <Alert
          kind={a.flag.severity === 'warning' ? 'warning' : 'info'}
          title={language === 'ja' ? '予算カレンダー' : 'Budget calendar'}
        >
          {l(a.flag.message)}
        </Alert>
      ) : null}

      {proposal.status === 'declined' && proposal.declineReason ? (
        <Alert
          kind="warning"
          title={language === 'ja' ? '見送りの理由' : 'Why it was not taken forward'}
        >
          <ul>
            {(proposal.declineReasonCodes ?? []).map((code) => (
              <li key={code}>{tw(`declineReason.${code}`)}</li>
            ))}
          </ul>
          <p className="prewrap">{proposal.declineReason}</p>
        </Alert>
      ) : null}
      {proposal.outcome ? <Alert kind="success">{tw(`outcome.${proposal.outcome}`)}</Alert> : null}

      {proposal.status === 'draft' && isProposer ? (
        <p>
          <Link className="button" to={paths.editProposal(proposal.id)}>
            {language === 'ja' ? '下書きを編集する' : 'Edit the draft'}
          </Link>
        </p>
      ) : null}

      <FirstCheckPanel proposal={proposal} onChange={setProposal} />
      <NdaSummary proposal={proposal} />
      <ActionPanel
        proposal={proposal}
        exclude={proposal.status === 'draft' ? ['submit'] : []}
        onChange={(p) => {
          setProposal(p);
          events.reload();
        }}
      />

      <nav aria-label={language === 'ja' ? '提案の情報' : 'About this proposal'}>
        <ul className="tabs">
          {tabs.map((item) => (
            <li key={item.key}>
              <Link
                to={`?tab=${item.key}`}
                replace
                aria-current={tab === item.key ? 'page' : undefined}
              >
                {l(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {tab === 'messages' ? <MessagesPanel proposal={proposal} /> : null}
      {tab === 'dialogues' ? <DialoguesPanel proposal={proposal} onChange={refresh} /> : null}
      {tab === 'notes' ? <NotesPanel proposal={proposal} /> : null}
      {tab === 'access-log' ? <AccessLogPanel proposal={proposal} /> : null}

      {tab === 'content' ? (
        <div className="grid-main">
          <div>
            <h2>{language === 'ja' ? '提案の内容' : 'The proposal'}</h2>
            <section className="proposal-section">
              <h3>{language === 'ja' ? '概要' : 'Summary'}</h3>
              <p className="prewrap">{proposal.summary}</p>
            </section>
            {CONFIDENTIAL_SECTIONS.map((name) => (
              <Section key={name} proposal={proposal} name={name} />
            ))}
            <section className="proposal-section">
              <h3>{language === 'ja' ? '市の予算・資源' : 'City money and resources'}</h3>
              <p>
                {proposal.cityBudget ? td(`cityBudget.${proposal.cityBudget}`) : ''}
                {proposal.cityBudgetEstimateYen !== null
                  ? `（${language === 'ja' ? '概算' : 'estimate'} ${proposal.cityBudgetEstimateYen.toLocaleString(language === 'ja' ? 'ja-JP' : 'en-GB')} ${language === 'ja' ? '円' : 'yen'}）`
                  : ''}
              </p>
              <p>{proposal.resourcesWanted.map((r) => td(`resource.${r}`)).join('、')}</p>
            </section>
            <AttachmentsSection proposalId={proposal.id} attachments={proposal.attachments} />
          </div>
          <aside aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{language === 'ja' ? '経過' : 'Timeline'}</h2>
            {events.data ? (
              <Timeline events={events.data.events} />
            ) : events.error ? (
              <LoadError error={events.error} onRetry={events.reload} />
            ) : (
              <Loading />
            )}
          </aside>
        </div>
      ) : null}
    </article>
  );
}

export function ProposalPage() {
  return (
    <RequireAuth>
      <ProposalContent />
    </RequireAuth>
  );
}
