import { LoadError, Loading } from '../../components/ui/feedback';
import { useCalendarSettings } from '../../features/calendar/api/get-calendar-settings';
import { BudgetCalendar } from '../../features/calendar/components/budget-calendar';

/** The city's year and what it means for a proposer, with today's position. */
export function CalendarPage() {
  const calendar = useCalendarSettings();
  if (calendar.isError) {
    return <LoadError error={calendar.error} onRetry={() => void calendar.refetch()} />;
  }
  if (calendar.isPending) {
    return <Loading page />;
  }
  return <BudgetCalendar today={calendar.data.today} settings={calendar.data.settings} />;
}
