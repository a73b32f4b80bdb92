import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS } from '@kyoso/contracts/calendar';
import { foldLine, keyDatesIcs, keyDatesOf } from './ics';

/** UTF-8 length of a line, counted by hand (the package has no DOM or Node types). */
const octets = (s: string) =>
  [...s].reduce((n, c) => {
    const code = c.codePointAt(0) ?? 0;
    return n + (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);
  }, 0);

describe('the year’s key dates', () => {
  it('lists the fiscal year, the cutoff, the busy season and the four council sessions', () => {
    const dates = keyDatesOf(2026, 'ja');
    expect(dates.map((d) => [d.id, d.start, d.end])).toEqual([
      ['fy-start', '2026-04-01', '2026-04-01'],
      ['council-2026-06', '2026-06-01', '2026-06-30'],
      ['council-2026-09', '2026-09-01', '2026-09-30'],
      ['cutoff', '2026-10-31', '2026-10-31'],
      ['busy-season', '2026-11-01', '2027-03-31'],
      ['council-2026-12', '2026-12-01', '2026-12-31'],
      ['council-2027-02', '2027-02-01', '2027-03-31'],
      ['fy-end', '2027-03-31', '2027-03-31'],
    ]);
    expect(dates.find((d) => d.id === 'cutoff')?.description).toContain('令和9年度');
  });

  it('follows the settings', () => {
    const dates = keyDatesOf(2026, 'en', {
      ...DEFAULT_CALENDAR_SETTINGS,
      cutoffMonth: 9,
      cutoffDay: 30,
    });
    expect(dates.find((d) => d.id === 'cutoff')?.start).toBe('2026-09-30');
  });
});

describe('the .ics file', () => {
  const ics = keyDatesIcs(2026, 'ja', {
    now: new Date('2026-11-22T03:00:00Z'),
    host: 'kyoso.test',
  });

  it('is a valid calendar with all-day events ending the day after', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261031\r\nDTEND;VALUE=DATE:20261101');
    expect(ics).toContain('UID:2026-cutoff@kyoso.test');
    expect(ics).toContain('DTSTAMP:20261122T030000Z');
  });

  it('keeps every line within 75 octets, folding Japanese text between characters', () => {
    for (const line of ics.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
    }
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:令和8年12月定例会');
  });

  it('escapes commas and semicolons', () => {
    expect(foldLine('SUMMARY:a\\, b')).toBe('SUMMARY:a\\, b');
    const en = keyDatesIcs(2026, 'en', {
      now: new Date('2026-11-22T03:00:00Z'),
      host: 'kyoso.test',
    });
    expect(en.replace(/\r\n /g, '')).toContain('new dialogues start slowly.');
  });
});
