import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { useState } from 'react';
import {
  councilSessionsOf,
  cutoffDateOf,
  fiscalYearLabel,
  fiscalYearOf,
  phaseOf,
  PHASES,
} from '@kyoso/calendar/budget-calendar';
import type { CalendarAssessment, CalendarSettings } from '@kyoso/contracts/calendar';
import { ChoiceGroup } from '../../components/ui/field';
import { Alert, LoadError, Loading, PageTitle } from '../../components/ui/feedback';
import { api } from '../../lib/api-client';
import { formatDate, useI18n, useT } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';

type SettingsResponse = { settings: CalendarSettings; today: string };

const NO_MONEY_ROUTES = [
  {
    ja: '自己資金での実証実験（市は実証フィールドや調整で協力）',
    en: 'A pilot on your own means (the city helps with a test field and coordination)',
  },
  {
    ja: '公共施設・公園などの実証フィールドの提供',
    en: 'A city test field (public facilities, parks)',
  },
  { ja: '規制・許認可に関する調整や検討', en: 'Regulatory and permit coordination' },
  {
    ja: '市の広報媒体での周知、連携による信用力',
    en: 'Publicity through the city and the credibility of working with it',
  },
  { ja: '緊急性が高い場合は補正予算の検討', en: 'For urgent needs, a supplementary budget' },
];

/** The twelve months of a fiscal year, in order. */
function fiscalMonths(
  fiscalYear: number,
  startMonth: number,
): Array<{ year: number; month: number }> {
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((startMonth - 1 + i) % 12) + 1;
    return { year: m >= startMonth ? fiscalYear : fiscalYear + 1, month: m };
  });
}

function YearPicture({ today, settings }: { today: string; settings: CalendarSettings }) {
  const tc = useT(calendarMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const fy = fiscalYearOf(today, settings);
  const months = fiscalMonths(fy, settings.fiscalYearStartMonth);
  const sessions = councilSessionsOf(fy, settings);
  const cutoff = cutoffDateOf(fy, settings);
  const [ty, tm, td] = today.split('-').map(Number);
  const MONTH_EN = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return (
    <div className="year" aria-hidden="true">
      {months.map(({ year, month }) => {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        const phase = PHASES.find((p) => p.months.includes(month));
        const council = sessions.some((s) => s.startMonth <= key && key <= s.endMonth);
        const isCutoff = cutoff.startsWith(key);
        const busy = month >= 11 || month <= 3;
        const current = year === ty && month === tm;
        return (
          <div
            key={key}
            className={`year__month year__month--${phase?.phase ?? ''}${busy ? ' year__month--busy' : ''}${current ? ' year__month--current' : ''}`}
          >
            <span className="year__label">{ja ? `${month}月` : MONTH_EN[month - 1]}</span>
            <span className="year__phase">{phase ? tc(`phase.${phase.phase}.name`) : ''}</span>
            <span className="year__marks">
              {council ? (
                <span className="year__mark year__mark--council">{ja ? '議会' : 'Council'}</span>
              ) : null}
              {isCutoff ? (
                <span className="year__mark year__mark--cutoff">{ja ? '締切' : 'Cutoff'}</span>
              ) : null}
            </span>
            {current ? (
              <span
                className="year__today"
                style={{ left: `${Math.min(100, ((td ?? 1) / 31) * 100)}%` }}
              >
                {ja ? '今日' : 'Today'}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function SubmitTodayPanel({ today }: { today: string }) {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const [budget, setBudget] = useState<'none' | 'existing' | 'new'>('none');
  const needs = budget !== 'none';
  const state = useApi(
    (signal) =>
      api<{ assessment: CalendarAssessment }>(
        `/api/calendar/assessment?date=${today}&needsCityBudget=${needs}`,
        { signal },
      ),
    `${today}-${needs}`,
  );
  const a = state.data?.assessment;
  return (
    <section className="card callout" aria-labelledby="today-heading">
      <h2 id="today-heading">{ja ? '今日提案すると' : 'If I submit today'}</h2>
      <ChoiceGroup
        legend={ja ? '市の予算は必要ですか' : 'Is city money needed?'}
        name="cityBudget"
        type="radio"
        options={[
          { value: 'none', label: ja ? '不要' : 'No' },
          { value: 'existing', label: ja ? '既存の予算の範囲内' : 'Within an existing budget' },
          { value: 'new', label: ja ? '新たな予算が必要' : 'A new budget is needed' },
        ]}
        selected={[budget]}
        onChange={(v) => setBudget((v[0] as typeof budget | undefined) ?? 'none')}
      />
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {!a ? (
        <Loading />
      ) : (
        <div aria-live="polite">
          <dl className="facts">
            <dt>{ja ? '受付日' : 'Received on'}</dt>
            <dd>{formatDate(a.date, language)}</dd>
            <dt>{ja ? '年度' : 'Fiscal year'}</dt>
            <dd>{`${a.fiscalYearLabel}（${a.fiscalYearLabelEn}）`}</dd>
            <dt>{ja ? '10月の締切' : 'October cutoff'}</dt>
            <dd>
              {a.afterCutoff
                ? ja
                  ? `過ぎています（${formatDate(a.cutoffDate, language)}）`
                  : `passed (${formatDate(a.cutoffDate, language)})`
                : ja
                  ? `${formatDate(a.cutoffDate, language)}まで`
                  : `until ${formatDate(a.cutoffDate, language)}`}
            </dd>
            {needs ? (
              <>
                <dt>{ja ? '当初予算で実施できる最短の年度' : 'Earliest initial budget'}</dt>
                <dd>{`${a.earliestBudgetFiscalYearLabel}（FY${a.earliestBudgetFiscalYear}）`}</dd>
              </>
            ) : null}
            <dt>{ja ? '一次確認の期限' : 'First check due'}</dt>
            <dd>
              {formatDate(a.screeningDueDate, language)}
              {ja ? '（10営業日以内）' : ' (10 business days)'}
            </dd>
            <dt>{ja ? '次の市議会' : 'Next council session'}</dt>
            <dd>{l(a.nextCouncilSession.label)}</dd>
          </dl>
          {a.flag ? (
            <Alert
              kind={a.flag.severity === 'warning' ? 'warning' : 'info'}
              title={ja ? '締切後の提案です' : 'After the cutoff'}
            >
              {l(a.flag.message)}
            </Alert>
          ) : null}
          <h3>{ja ? '市の予算を使わない進め方' : 'Routes that need no city money'}</h3>
          <ul>
            {NO_MONEY_ROUTES.map((r) => (
              <li key={r.en}>{l(r)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The city's year and what it means for a proposer, with today's position. */
export function CalendarPage() {
  const tc = useT(calendarMessages);
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const state = useApi(
    (signal) => api<SettingsResponse>('/api/calendar/settings', { signal }),
    'settings',
  );
  if (state.error) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  if (!state.data) {
    return <Loading />;
  }
  const { settings, today } = state.data;
  const fy = fiscalYearOf(today, settings);
  const current = phaseOf(today);
  return (
    <>
      <PageTitle
        lead={
          ja
            ? `市の年度は4月に始まり3月に終わります。今日（${formatDate(today, language)}）は${fiscalYearLabel(fy)}の「${tc(`phase.${current.phase}.name`)}」の時期です。`
            : `The city’s fiscal year runs April to March. Today (${formatDate(today, language)}) is in the “${tc(`phase.${current.phase}.name`)}” phase of FY${fy}.`
        }
      >
        {ja ? '予算カレンダー' : 'Budget calendar'}
      </PageTitle>

      <section aria-labelledby="year-heading">
        <h2 id="year-heading">
          {ja ? `${fiscalYearLabel(fy)}（${fy}年度）の1年` : `The year FY${fy}`}
        </h2>
        <YearPicture today={today} settings={settings} />
        <p className="muted">
          {ja ? '市議会の定例会: ' : 'Council sessions: '}
          {councilSessionsOf(fy, settings)
            .map((s) => l(s.label))
            .join(ja ? '、' : ', ')}
          {ja
            ? `。次年度の当初予算に向けた新規提案の締切の目安: ${formatDate(cutoffDateOf(fy, settings), language)}。11月〜3月は予算編成の繁忙期です。`
            : `. Cutoff for new proposals aiming at next year’s budget: ${formatDate(cutoffDateOf(fy, settings), language)}. November to March is the busy budget season.`}
        </p>
      </section>

      <SubmitTodayPanel today={today} />

      <section aria-labelledby="phases-heading">
        <h2 id="phases-heading">
          {ja
            ? '時期ごとの市の動きと、提案者がすること'
            : 'What the city does, and what to do, in each phase'}
        </h2>
        <ol className="phase-list">
          {PHASES.map((phase) => {
            const isCurrent = phase.phase === current.phase;
            return (
              <li
                key={phase.phase}
                className={`card phase${isCurrent ? ' phase--current' : ''}`}
                aria-current={isCurrent ? 'true' : undefined}
              >
                <h3>
                  {phase.months
                    .map((m) =>
                      ja
                        ? `${m}月`
                        : [
                            'Jan',
                            'Feb',
                            'Mar',
                            'Apr',
                            'May',
                            'Jun',
                            'Jul',
                            'Aug',
                            'Sep',
                            'Oct',
                            'Nov',
                            'Dec',
                          ][m - 1],
                    )
                    .join(ja ? '・' : ', ')}
                  : {tc(`phase.${phase.phase}.name`)}
                  {isCurrent ? (
                    <span className="badge badge--current">{ja ? 'いまここ' : 'Now'}</span>
                  ) : null}
                </h3>
                <p>
                  <strong>{ja ? '市: ' : 'The city: '}</strong>
                  {tc(`phase.${phase.phase}.city`)}
                </p>
                <p>
                  <strong>{ja ? '提案者: ' : 'You: '}</strong>
                  {tc(`phase.${phase.phase}.advice`)}
                </p>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="ics-heading">
        <h2 id="ics-heading">
          {ja ? '主な日程をカレンダーに取り込む' : 'Add the key dates to your calendar'}
        </h2>
        <p>
          {ja
            ? '年度の開始・終了、市議会の定例会、締切の目安、繁忙期を、お使いのカレンダーアプリに取り込めます（iCalendar形式）。'
            : 'The start and end of the year, the council sessions, the cutoff and the busy season, for your calendar app (iCalendar).'}
        </p>
        <div className="button-row">
          <a
            className="button button--secondary"
            href={`/api/calendar/key-dates.ics?fiscalYear=${fy}&lang=${language}`}
            download
          >
            {ja ? `${fiscalYearLabel(fy)}の日程（.ics）` : `FY${fy} key dates (.ics)`}
          </a>
          <a
            className="button button--ghost"
            href={`/api/calendar/key-dates.ics?fiscalYear=${fy + 1}&lang=${language}`}
            download
          >
            {ja ? `${fiscalYearLabel(fy + 1)}の日程（.ics）` : `FY${fy + 1} key dates (.ics)`}
          </a>
        </div>
      </section>
    </>
  );
}
