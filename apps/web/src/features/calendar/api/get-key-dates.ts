import type { Language } from '@kyoso/i18n/languages';
import { toSearch } from '../../../lib/api-client';

/**
 * `GET /api/calendar/key-dates.ics`: the key dates of a fiscal year as an iCalendar file, in
 * the reader's language. A download link rather than a query: the browser saves the file.
 */
export function keyDatesHref(fiscalYear: number, language: Language): string {
  return `/api/calendar/key-dates.ics${toSearch({ fiscalYear, lang: language })}`;
}
