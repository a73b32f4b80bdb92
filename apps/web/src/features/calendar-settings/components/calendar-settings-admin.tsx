import { useState } from 'react';
import { Link } from 'react-router';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useCalendarSettings } from '../api/get-calendar-settings';
import { CalendarSettingsForm } from './calendar-settings-form';

/** The current settings in a form, and a word (with the way to the calendar) once saved. */
export function CalendarSettingsAdmin() {
  const t = useT(adminMessages);
  const current = useCalendarSettings();
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const savedRef = useFocusWhen(savedAt);
  return (
    <>
      {savedAt ? (
        <div ref={savedRef} tabIndex={-1}>
          <Alert kind="success">
            {t('calendar.saved')} <Link to={paths.calendar}>{t('calendar.seeCalendar')}</Link>
          </Alert>
        </div>
      ) : null}
      {current.isPending ? <Loading /> : null}
      {current.isError ? (
        <LoadError error={current.error} onRetry={() => void current.refetch()} />
      ) : null}
      {current.data ? (
        <CalendarSettingsForm
          settings={current.data.settings}
          onSaved={() => setSavedAt(Date.now())}
        />
      ) : null}
    </>
  );
}
