import { useState } from 'react';
import { Link } from 'react-router';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import { calendarSettingsSchema } from '@kyoso/contracts/calendar-schemas';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { SelectField } from '../../../components/ui/field';
import {
  Alert,
  ErrorSummary,
  LoadError,
  Loading,
  PageTitle,
} from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';
import { useFocusWhen } from '../../../lib/use-focus-when';

type SettingsResponse = { settings: CalendarSettings; today: string };

/** A council session as the form holds it: its first and last month (it may cross the new year). */
type SessionRow = { from: string; to: string };

type FormValues = {
  fiscalYearStartMonth: string;
  cutoffMonth: string;
  cutoffDay: string;
  sessions: SessionRow[];
};

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** The months from `from` to `to` in calendar order, across the new year if needed (2 → 3, 12 → 1). */
export function monthsBetween(from: number, to: number): number[] {
  const months = [from];
  for (let m = from; m !== to;) {
    m = (m % 12) + 1;
    months.push(m);
  }
  return months;
}

function toFormValues(settings: CalendarSettings): FormValues {
  return {
    fiscalYearStartMonth: String(settings.fiscalYearStartMonth),
    cutoffMonth: String(settings.cutoffMonth),
    cutoffDay: String(settings.cutoffDay),
    sessions: settings.councilSessionMonths.map((months) => ({
      from: String(months[0]),
      to: String(months[months.length - 1]),
    })),
  };
}

function toSettings(values: FormValues): CalendarSettings {
  return {
    fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
    cutoffMonth: Number(values.cutoffMonth),
    cutoffDay: Number(values.cutoffDay),
    councilSessionMonths: values.sessions.map((s) => monthsBetween(Number(s.from), Number(s.to))),
  };
}

function monthLabel(month: number, ja: boolean) {
  return ja
    ? `${month}月`
    : new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
        month: 'long',
        timeZone: 'UTC',
      });
}

function SettingsForm({
  settings,
  onSaved,
}: {
  settings: CalendarSettings;
  onSaved: (settings: CalendarSettings) => void;
}) {
  const t = useT(appMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const form = useForm({
    schema: calendarSettingsSchema,
    initialValues: toFormValues(settings),
    toRequest: toSettings,
    onSubmit: async (values) => {
      const res = await api<SettingsResponse>('/api/calendar/settings', {
        method: 'PUT',
        body: values,
      });
      onSaved(res.settings);
    },
  });
  const monthOptions = MONTHS.map((m) => ({ value: String(m), label: monthLabel(m, ja) }));
  const setSession = (index: number, change: Partial<SessionRow>) =>
    form.setValues((v) => ({
      ...v,
      sessions: v.sessions.map((s, i) => (i === index ? { ...s, ...change } : s)),
    }));

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <fieldset className="fieldset-group">
        <legend>{ja ? '会計年度と予算の締切' : 'Fiscal year and budget cutoff'}</legend>
        <SelectField
          label={ja ? '会計年度の始まりの月' : 'Month the fiscal year starts'}
          name="fiscalYearStartMonth"
          required
          value={form.values.fiscalYearStartMonth}
          onChange={(v) => form.setValue('fiscalYearStartMonth', v)}
          options={monthOptions}
          error={form.errors.fiscalYearStartMonth}
        />
        <SelectField
          label={ja ? '翌年度予算の締切（月）' : 'Cutoff for next year’s budget (month)'}
          name="cutoffMonth"
          required
          value={form.values.cutoffMonth}
          onChange={(v) => form.setValue('cutoffMonth', v)}
          options={monthOptions}
          error={form.errors.cutoffMonth}
        />
        <SelectField
          label={ja ? '翌年度予算の締切（日）' : 'Cutoff for next year’s budget (day)'}
          name="cutoffDay"
          required
          hint={
            ja
              ? 'この日の後に届いた、市の予算が必要な提案には「締切後」の注意が表示されます。'
              : 'Proposals needing city money that arrive after this day carry the after-cutoff warning.'
          }
          value={form.values.cutoffDay}
          onChange={(v) => form.setValue('cutoffDay', v)}
          options={DAYS.map((d) => ({ value: String(d), label: ja ? `${d}日` : String(d) }))}
          error={form.errors.cutoffDay}
        />
      </fieldset>

      <fieldset className="fieldset-group">
        <legend>{ja ? '市議会の定例会' : 'Council sessions'}</legend>
        <p className="muted">
          {ja
            ? '各定例会の最初と最後の月を選びます（2月〜3月のように年をまたいでもかまいません）。'
            : 'Choose the first and last month of each session (it may run across the new year, e.g. February to March).'}
        </p>
        {form.errors.councilSessionMonths ? (
          <p className="field__error" role="alert">
            {form.errors.councilSessionMonths}
          </p>
        ) : null}
        {form.values.sessions.map((session, index) => {
          const name = ja ? `定例会${index + 1}` : `Session ${index + 1}`;
          return (
            <div key={index} className="council-session" role="group" aria-label={name}>
              <p className="council-session__name">{name}</p>
              <SelectField
                label={ja ? `${name}の最初の月` : `${name}: first month`}
                name={`sessions.${index}.from`}
                value={session.from}
                onChange={(v) => setSession(index, { from: v })}
                options={monthOptions}
                error={form.errors[`councilSessionMonths.${index}`]}
              />
              <SelectField
                label={ja ? `${name}の最後の月` : `${name}: last month`}
                name={`sessions.${index}.to`}
                value={session.to}
                onChange={(v) => setSession(index, { to: v })}
                options={monthOptions}
              />
              <button
                type="button"
                className="button button--secondary"
                disabled={form.values.sessions.length <= 1}
                onClick={() =>
                  form.setValues((v) => ({
                    ...v,
                    sessions: v.sessions.filter((_, i) => i !== index),
                  }))
                }
              >
                {ja ? `${name}を削除` : `Remove ${name.toLowerCase()}`}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          disabled={form.values.sessions.length >= 12}
          onClick={() =>
            form.setValues((v) => ({ ...v, sessions: [...v.sessions, { from: '1', to: '1' }] }))
          }
        >
          {ja ? '定例会を追加' : 'Add a session'}
        </button>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

function SettingsContent() {
  const t = useT(appMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const current = useApi(
    (signal) => api<SettingsResponse>('/api/calendar/settings', { signal }),
    'calendar-settings',
  );
  const [saved, setSaved] = useState<CalendarSettings | null>(null);
  const savedRef = useFocusWhen(saved);
  return (
    <>
      <PageTitle>{t('nav.calendarSettings')}</PageTitle>
      <div className="card callout">
        <p>
          {ja
            ? '予算カレンダーの案内、提案の「締切後」判定、予算化できる最も早い年度、次の定例会の表示は、ここで設定した値で計算されます。変更は保存した時点から全ての画面とAPIに反映され、変更の記録が残ります。'
            : 'The budget-calendar guide, the after-cutoff check on proposals, the earliest fiscal year that could fund a proposal and the next council session are all computed from these settings. A change applies to every page and the API as soon as it is saved, and is recorded.'}
        </p>
      </div>
      {saved ? (
        <div ref={savedRef} tabIndex={-1}>
          <Alert kind="success">
            {ja ? '設定を保存しました。' : 'The settings are saved.'}{' '}
            <Link to={paths.calendar}>
              {ja ? '予算カレンダーで確認する' : 'See the budget calendar'}
            </Link>
          </Alert>
        </div>
      ) : null}
      {current.loading && !current.data ? <Loading /> : null}
      {current.error ? <LoadError error={current.error} onRetry={current.reload} /> : null}
      {current.data ? (
        <SettingsForm
          settings={current.data.settings}
          onSaved={(settings) => {
            setSaved(settings);
            current.reload();
          }}
        />
      ) : null}
    </>
  );
}

export function AdminCalendarSettingsPage() {
  return (
    <RequireAuth roles={['admin']}>
      <SettingsContent />
    </RequireAuth>
  );
}
