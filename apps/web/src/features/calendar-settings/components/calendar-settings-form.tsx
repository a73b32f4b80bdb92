import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import { calendarSettingsSchema } from '@kyoso/contracts/calendar-schemas';
import { SelectField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useUpdateCalendarSettingsMutation } from '../api/update-calendar-settings';
import { monthsBetween } from '../months-between';

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
const MAX_SESSIONS = 12;

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

/** The budget calendar's settings: fiscal year, cutoff, council sessions. */
export function CalendarSettingsForm({
  settings,
  onSaved,
}: {
  settings: CalendarSettings;
  onSaved: () => void;
}) {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  const tf = useT(formatMessages);
  const update = useUpdateCalendarSettingsMutation();
  const form = useForm({
    schema: calendarSettingsSchema,
    initialValues: toFormValues(settings),
    toRequest: toSettings,
    onSubmit: async (values) => {
      await update.mutateAsync(values);
      onSaved();
    },
  });
  const monthOptions = MONTHS.map((m) => ({
    value: String(m),
    label: tf(`monthLong.${m}` as 'monthLong.1'),
  }));
  const setSession = (index: number, change: Partial<SessionRow>) =>
    form.setValues((v) => ({
      ...v,
      sessions: v.sessions.map((s, i) => (i === index ? { ...s, ...change } : s)),
    }));

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <fieldset className="fieldset-group">
        <legend>{t('calendar.yearAndCutoff')}</legend>
        <SelectField
          label={t('calendar.fiscalYearStartMonth')}
          name="fiscalYearStartMonth"
          required
          value={form.values.fiscalYearStartMonth}
          onChange={(v) => form.setValue('fiscalYearStartMonth', v)}
          options={monthOptions}
          error={form.errors.fiscalYearStartMonth}
        />
        <SelectField
          label={t('calendar.cutoffMonth')}
          name="cutoffMonth"
          required
          value={form.values.cutoffMonth}
          onChange={(v) => form.setValue('cutoffMonth', v)}
          options={monthOptions}
          error={form.errors.cutoffMonth}
        />
        <SelectField
          label={t('calendar.cutoffDay')}
          name="cutoffDay"
          required
          hint={t('calendar.cutoffDayHint')}
          value={form.values.cutoffDay}
          onChange={(v) => form.setValue('cutoffDay', v)}
          options={DAYS.map((d) => ({ value: String(d), label: t('calendar.day', { day: d }) }))}
          error={form.errors.cutoffDay}
        />
      </fieldset>

      <fieldset className="fieldset-group">
        <legend>{t('calendar.sessions')}</legend>
        <p className="muted">{t('calendar.sessionsHint')}</p>
        {form.errors.councilSessionMonths ? (
          <p className="field__error" role="alert">
            {form.errors.councilSessionMonths}
          </p>
        ) : null}
        {form.values.sessions.map((session, index) => {
          const number = index + 1;
          return (
            <div
              key={index}
              className="council-session"
              role="group"
              aria-label={t('calendar.session', { number })}
            >
              <p className="council-session__name">{t('calendar.session', { number })}</p>
              <SelectField
                label={t('calendar.session.from', { number })}
                name={`sessions.${index}.from`}
                value={session.from}
                onChange={(v) => setSession(index, { from: v })}
                options={monthOptions}
                error={form.errors[`councilSessionMonths.${index}`]}
              />
              <SelectField
                label={t('calendar.session.to', { number })}
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
                {t('calendar.session.remove', { number })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          disabled={form.values.sessions.length >= MAX_SESSIONS}
          onClick={() =>
            form.setValues((v) => ({ ...v, sessions: [...v.sessions, { from: '1', to: '1' }] }))
          }
        >
          {t('calendar.session.add')}
        </button>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.saving') : ta('common.save')}
        </button>
      </div>
    </form>
  );
}
