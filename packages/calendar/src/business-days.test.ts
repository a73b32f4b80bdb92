import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  isNewYearClosure,
  nationalHoliday,
} from './business-days';
import { tokyoDate } from './dates';

describe('business days', () => {
  it.each([
    ['2026-11-24', true, 'a Tuesday'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-22', false, 'a Sunday'],
    ['2026-11-23', false, '勤労感謝の日 (Monday holiday)'],
    ['2026-09-22', false, 'the 国民の休日 between two holidays'],
    ['2026-05-06', false, 'a substitute holiday'],
    ['2027-03-22', false, 'the substitute for a Sunday 春分の日'],
    ['2026-12-28', true, 'the last working day of the year'],
    ['2026-12-29', false, 'the start of the New Year closure'],
    ['2027-01-03', false, 'the end of the New Year closure'],
    ['2027-01-04', true, 'the first working day of the year'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('knows holiday names in both languages', () => {
    expect(nationalHoliday('2026-11-23')).toEqual({
      ja: '勤労感謝の日',
      en: 'Labor Thanksgiving Day',
    });
    expect(nationalHoliday('2026-11-24')).toBeNull();
  });

  it('treats the closure as the city’s rule, not a national holiday', () => {
    expect(nationalHoliday('2026-12-30')).toBeNull();
    expect(isNewYearClosure('2026-12-30')).toBe(true);
  });

  it('counts business days back', () => {
    expect(businessDaysBetween('2026-11-20', '2026-12-07')).toBe(10);
    expect(businessDaysBetween('2026-12-07', '2026-11-20')).toBe(0);
    expect(businessDaysBetween('2026-12-22', addBusinessDays('2026-12-22', 7))).toBe(7);
  });

  it('with zero days, moves a closed day forward to the next business day', () => {
    expect(addBusinessDays('2026-11-23', 0)).toBe('2026-11-24');
    expect(addBusinessDays('2026-11-24', 0)).toBe('2026-11-24');
  });

  it('uses Japan’s date whatever the machine’s time zone', () => {
    // 2026-11-22 15:30 UTC is already 23 November, 00:30, in Tokyo.
    expect(tokyoDate(new Date('2026-11-22T15:30:00Z'))).toBe('2026-11-23');
    expect(tokyoDate(new Date('2026-11-22T14:59:59Z'))).toBe('2026-11-22');
  });

  it('changes the date at midnight in Japan, asked again and again within a minute and across it', () => {
    const instants = [
      ['2026-11-22T14:59:00.000Z', '2026-11-22'],
      ['2026-11-22T14:59:59.999Z', '2026-11-22'],
      ['2026-11-22T15:00:00.000Z', '2026-11-23'],
      ['2026-11-22T15:00:30.000Z', '2026-11-23'],
      ['2026-11-22T14:59:30.000Z', '2026-11-22'],
      ['1969-12-31T14:59:59.999Z', '1969-12-31'],
      ['1969-12-31T15:00:00.000Z', '1970-01-01'],
    ] as const;
    for (const [instant, date] of instants) {
      expect(tokyoDate(new Date(instant)), instant).toBe(date);
    }
    expect(() => tokyoDate(new Date('not a date'))).toThrow(RangeError);
  });
});
