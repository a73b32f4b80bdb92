import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import { api } from '../../../lib/api-client';
import {
  calendarSettingsQueryOptions,
  type CalendarSettingsResponse,
} from './get-calendar-settings';

/** `PUT /api/calendar/settings`: the new settings apply at once, everywhere (administrators). */
export function updateCalendarSettings(
  settings: CalendarSettings,
): Promise<CalendarSettingsResponse> {
  return api<CalendarSettingsResponse>('/api/calendar/settings', {
    method: 'PUT',
    body: settings,
  });
}

export function useUpdateCalendarSettingsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCalendarSettings,
    onSuccess: async (answer) => {
      queryClient.setQueryData(calendarSettingsQueryOptions().queryKey, answer);
      // Everything computed from the settings (the calendar page, assessments) and every
      // proposal's after-cutoff assessment.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['calendar'] }),
        queryClient.invalidateQueries({ queryKey: ['proposals'] }),
      ]);
    },
  });
}
