import { useCalendarSettings } from '../../features/calendar/api/get-calendar-settings';
import { Guide } from '../../features/guide/components/guide';
import { StepCards } from '../../features/workflow/components/step-cards';

/** The proposal guide; its FAQ speaks of the city's cutoff as the administrators set it. */
export function GuidePage() {
  const calendar = useCalendarSettings();
  return <Guide calendar={calendar.data} steps={<StepCards />} />;
}
