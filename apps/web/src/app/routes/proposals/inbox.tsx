import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Department } from '@kyoso/contracts/departments';
import type { LocalizedText } from '@kyoso/i18n/languages';
import {
  INBOX_SORTS,
  PROPOSAL_KINDS,
  type DueState,
  type ProposalSummary,
} from '@kyoso/contracts/proposals';
import { PROPOSAL_STATUSES } from '@kyoso/contracts/workflow';
import type { ThemeSummary } from '@kyoso/contracts/themes';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import { LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

type ListResponse = { proposals: ProposalSummary[]; total: number; totalCapped: boolean };

export const DUE_STATE_LABELS: Record<DueState, LocalizedText> = {
  overdue: { ja: '期限超過', en: 'Overdue' },
  due_soon: { ja: '期限間近', en: 'Due soon' },
  on_track: { ja: '期限内', en: 'On track' },
};

const SORT_LABELS: Record<(typeof INBOX_SORTS)[number], LocalizedText> = {
  due: { ja: '期限の近い順', en: 'Due date (earliest first)' },
  submitted: { ja: '提出の新しい順', en: 'Submitted (newest first)' },
  updated: { ja: '更新の新しい順', en: 'Updated (newest first)' },
};

/** The filters the inbox understands, all kept in the address so that a view can be shared. */
const FILTER_KEYS = [
  'q',
  'status',
  'step',
  'kind',
  'themeId',
  'departmentId',
  'due',
  'calendarFlag',
  'unassigned',
  'assignedToMe',
  'sort',
] as const;

const PAGE_SIZE = 20;

/** A due date with its state in words (never in colour alone). */
export function DueBadge({ state }: { state: DueState | null }) {
  const { l } = useI18n();
  if (!state || state === 'on_track') {
    return null;
  }
  return (
    <span className={`badge badge--${state.replace('_', '-')}`}>{l(DUE_STATE_LABELS[state])}</span>
  );
}

function InboxContent() {
  const td = useT(domainMessages);
  const tw = useT(workflowMessages);
  const t = useT(appMessages);
  const { l, language } = useI18n();
  const { user } = useAuth();
  const ja = language === 'ja';
  const isDesk = user?.role === 'coordinator';
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  useEffect(() => setQ(params.get('q') ?? ''), [params]);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  const filters = new URLSearchParams(
    FILTER_KEYS.flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value] as [string, string]] : [];
    }),
  );
  const query = new URLSearchParams(filters);
  query.set('scope', 'inbox');
  query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  const state = useApi(
    (signal) => api<ListResponse>(`/api/proposals?${query.toString()}`, { signal }),
    query.toString(),
  );
  const departments = useApi(
    (signal) => api<{ departments: Department[] }>('/api/departments', { signal }),
    isDesk ? 'departments' : null,
  );
  const themes = useApi(
    (signal) => api<{ themes: ThemeSummary[] }>('/api/themes', { signal }),
    'themes',
  );

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    next.delete('page');
    setParams(next, { replace: true });
  };
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const total = state.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const statuses = PROPOSAL_STATUSES.filter((s) => s !== 'draft');

  return (
    <>
      <PageTitle
        lead={
          isDesk
            ? ja
              ? '提出されたすべての提案です。一次確認は提出から10営業日以内、部署の受付は振り分けから5営業日以内が目安です。'
              : 'Every submitted proposal. The first check is due within 10 business days of submission, department acceptance within 5 business days of routing.'
            : ja
              ? '貴課が主担当または支援部署になっている提案です。'
              : 'Proposals your department leads or supports.'
        }
      >
        {isDesk ? t('nav.inbox') : t('nav.departmentInbox')}
      </PageTitle>

      <form
        role="search"
        className="filters inbox-filters"
        aria-label={ja ? '提案の絞り込み' : 'Filter proposals'}
        onSubmit={(event) => {
          event.preventDefault();
          update('q', q.trim());
        }}
      >
        <div className="inbox-filters__search">
          <TextField
            label={ja ? 'キーワード検索' : 'Search'}
            name="q"
            type="search"
            value={q}
            onChange={setQ}
            hint={
              ja
                ? '提案名・概要・課題・解決策から探します（例: 見守り）'
                : 'Searches title, summary, problem and solution (e.g. 見守り)'
            }
          />
          <button type="submit" className="button">
            {ja ? '検索' : 'Search'}
          </button>
        </div>
        <SelectField
          label={ja ? '状況' : 'Status'}
          name="status"
          value={params.get('status') ?? ''}
          onChange={(v) => update('status', v)}
          placeholder={ja ? 'すべて' : 'All'}
          options={statuses.map((s) => ({ value: s, label: tw(`status.${s}.staff`) }))}
        />
        <SelectField
          label="STEP"
          name="step"
          value={params.get('step') ?? ''}
          onChange={(v) => update('step', v)}
          placeholder={ja ? 'すべて' : 'All'}
          options={[2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `STEP ${n}` }))}
        />
        <SelectField
          label={ja ? '種別' : 'Kind'}
          name="kind"
          value={params.get('kind') ?? ''}
          onChange={(v) => update('kind', v)}
          placeholder={ja ? 'すべて' : 'All'}
          options={PROPOSAL_KINDS.map((k) => ({ value: k, label: td(`kind.${k}`) }))}
        />
        <SelectField
          label={ja ? 'テーマ' : 'Theme'}
          name="themeId"
          value={params.get('themeId') ?? ''}
          onChange={(v) => update('themeId', v)}
          placeholder={ja ? 'すべて' : 'All'}
          options={(themes.data?.themes ?? []).map((theme) => ({
            value: theme.id,
            label: theme.title,
          }))}
        />
        {isDesk ? (
          <SelectField
            label={ja ? '部署' : 'Department'}
            name="departmentId"
            value={params.get('departmentId') ?? ''}
            onChange={(v) => update('departmentId', v)}
            placeholder={ja ? 'すべて' : 'All'}
            options={(departments.data?.departments ?? [])
              .filter((d) => d.level === 'section' && !d.isCoordinatorDesk)
              .map((d) => ({ value: d.id, label: l(d.fullName) }))}
          />
        ) : null}
        <SelectField
          label={ja ? '期限' : 'Due'}
          name="due"
          value={params.get('due') ?? ''}
          onChange={(v) => update('due', v)}
          placeholder={ja ? 'すべて' : 'All'}
          options={[
            { value: 'overdue', label: l(DUE_STATE_LABELS.overdue) },
            { value: 'due_soon', label: l(DUE_STATE_LABELS.due_soon) },
          ]}
        />
        <SelectField
          label={ja ? '予算カレンダー' : 'Budget calendar'}
          name="calendarFlag"
          value={params.get('calendarFlag') ?? ''}
          onChange={(v) => update('calendarFlag', v)}
          placeholder={ja ? 'すべて' : 'All'}
          options={[
            { value: 'any', label: ja ? '注意あり' : 'Flagged' },
            { value: 'warning', label: ja ? '要注意（予算が必要）' : 'Warning (needs budget)' },
          ]}
        />
        <SelectField
          label={ja ? '並び順' : 'Sort'}
          name="sort"
          value={params.get('sort') ?? 'due'}
          onChange={(v) => update('sort', v === 'due' ? '' : v)}
          options={INBOX_SORTS.map((s) => ({ value: s, label: l(SORT_LABELS[s]) }))}
        />
        {isDesk ? (
          <div className="inbox-filters__toggles">
            <CheckboxField
              label={ja ? '担当者未定のみ' : 'Not taken yet'}
              name="unassigned"
              checked={params.get('unassigned') === 'true'}
              onChange={(v) => update('unassigned', v ? 'true' : '')}
            />
            <CheckboxField
              label={ja ? '自分の担当のみ' : 'Mine only'}
              name="assignedToMe"
              checked={params.get('assignedToMe') === 'true'}
              onChange={(v) => update('assignedToMe', v ? 'true' : '')}
            />
          </div>
        ) : null}
      </form>

      <div className="inbox-summary">
        <p aria-live="polite">
          {state.data
            ? state.data.totalCapped
              ? ja
                ? `${total.toLocaleString('ja-JP')}件以上（条件を絞り込むと全件を確認できます）`
                : `${total.toLocaleString('en-GB')} or more (narrow the filters to see them all)`
              : ja
                ? `${total.toLocaleString('ja-JP')}件`
                : `${total.toLocaleString('en-GB')} proposal${total === 1 ? '' : 's'}`
            : ''}
        </p>
        <p className="button-row">
          <a
            className="button button--ghost button--small"
            href={`/api/proposals/export.csv?${filters.toString()}`}
            download
          >
            {ja ? 'CSVでダウンロード（Excel対応）' : 'Download as CSV (Excel)'}
          </a>
          {isDesk ? (
            <Link className="button button--ghost button--small" to={paths.routingReport}>
              {t('nav.routingReport')}
            </Link>
          ) : null}
        </p>
      </div>

      {state.loading && !state.data ? <Loading /> : null}
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.data && state.data.proposals.length === 0 ? (
        <p>{ja ? '条件に合う提案はありません。' : 'No proposal matches these filters.'}</p>
      ) : null}
      {state.data && state.data.proposals.length > 0 ? (
        <div className="table-wrap" tabIndex={0} aria-label={ja ? '提案の一覧' : 'Proposals'}>
          <table className="table inbox-table">
            <caption className="visually-hidden">
              {ja
                ? `提案の一覧（${page} / ${pages} ページ）`
                : `Proposals (page ${page} of ${pages})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">{ja ? '提案' : 'Proposal'}</th>
                <th scope="col">{ja ? '状況' : 'Status'}</th>
                <th scope="col">{ja ? '担当部署' : 'Department'}</th>
                <th scope="col">{ja ? '現段階の期限' : 'Due'}</th>
                {isDesk ? <th scope="col">{ja ? '窓口担当' : 'Taken by'}</th> : null}
              </tr>
            </thead>
            <tbody>
              {state.data.proposals.map((p) => (
                <tr
                  key={p.id}
                  className={p.dueState === 'overdue' ? 'inbox-table__row--overdue' : undefined}
                >
                  <td>
                    <Link to={paths.proposal(p.id)} className="inbox-table__title">
                      {p.title}
                    </Link>
                    <span className="inbox-table__meta">
                      {p.referenceNumber} ・ {p.organization.name} ・ {td(`kind.${p.kind}`)}
                      {p.theme ? ` ・ ${p.theme.title}` : ''}
                    </span>
                    {p.calendarAssessment?.flag ? (
                      <span
                        className={`badge badge--calendar-${p.calendarAssessment.flag.severity}`}
                      >
                        {ja
                          ? `予算締切後（${p.calendarAssessment.earliestBudgetFiscalYearLabel}予算から）`
                          : `After the budget cutoff (budget from FY${p.calendarAssessment.earliestBudgetFiscalYear})`}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {l(p.staffStatusLabel)}
                    <span className="inbox-table__meta">
                      {p.step === 'end' ? (ja ? '終了' : 'Closed') : `STEP ${p.step}`}
                    </span>
                  </td>
                  <td>
                    {p.leadDepartment ? l(p.leadDepartment.name) : ja ? '未定' : 'Not yet'}
                    {p.departmentRole ? (
                      <span className="inbox-table__meta">
                        {p.departmentRole === 'lead'
                          ? ja
                            ? '主担当'
                            : 'Lead'
                          : ja
                            ? '支援部署'
                            : 'Supporting'}
                      </span>
                    ) : null}
                    {p.transferCount > 0 ? (
                      <span className="badge badge--transfer">
                        {ja
                          ? `移管${p.transferCount}回`
                          : `${p.transferCount} transfer${p.transferCount === 1 ? '' : 's'}`}
                      </span>
                    ) : null}
                    {p.daysWithoutDepartment !== null && p.step === 2 ? (
                      <span className="inbox-table__meta">
                        {ja
                          ? `部署未決定 ${p.daysWithoutDepartment}日`
                          : `${p.daysWithoutDepartment} days without a department`}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {p.dueDate ? formatDate(p.dueDate, language) : '—'}
                    <DueBadge state={p.dueState} />
                  </td>
                  {isDesk ? (
                    <td>{p.assignedCoordinator?.name ?? (ja ? '未定' : 'Nobody yet')}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav className="pagination" aria-label={ja ? 'ページ' : 'Pages'}>
          <button
            type="button"
            className="button button--ghost"
            disabled={page <= 1}
            onClick={() => goTo(page - 1)}
          >
            {t('common.previous')}
          </button>
          <span>{t('common.page', { page, pages })}</span>
          <button
            type="button"
            className="button button--ghost"
            disabled={page >= pages}
            onClick={() => goTo(page + 1)}
          >
            {t('common.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}

/** The desk's inbox and a department's list of assigned proposals. */
export function InboxPage() {
  return (
    <RequireAuth roles={['coordinator', 'department']}>
      <InboxContent />
    </RequireAuth>
  );
}
