import { describe, expect, it } from 'vitest';
import { groupViews, type RawView } from './access-log.grouping';

const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+09:00`);
let n = 0;
const view = (hhmm: string, reader = 'parks', subject = 'sections:problem'): RawView => ({
  id: `v${(n += 1)}`,
  at: at(hhmm),
  readerKey: reader,
  subjectKey: subject,
});

/** Newest first, as the log is read. */
const newest = (views: RawView[]) => [...views].sort((a, b) => b.at.getTime() - a.at.getTime());

describe('grouping the confidential access log', () => {
  it.each([
    ['one view is one line', [view('10:00')], [[1, '10:00', '10:00']]],
    [
      'reloads within minutes are one line',
      [view('10:00'), view('10:02'), view('10:03'), view('10:05'), view('10:06')],
      [[5, '10:00', '10:06']],
    ],
    [
      'a view after more than half an hour starts a new line',
      [view('10:00'), view('10:20'), view('11:00')],
      [
        [1, '11:00', '11:00'],
        [2, '10:00', '10:20'],
      ],
    ],
    [
      'a chain of views each within the window stays one line',
      [view('10:00'), view('10:25'), view('10:50'), view('11:15')],
      [[4, '10:00', '11:15']],
    ],
    [
      'another department is another line',
      [view('10:00', 'parks'), view('10:01', 'welfare'), view('10:02', 'parks')],
      [
        [2, '10:00', '10:02'],
        [1, '10:01', '10:01'],
      ],
    ],
    [
      'another file is another line',
      [view('10:00', 'parks', 'file:a'), view('10:01', 'parks', 'file:b')],
      [
        [1, '10:01', '10:01'],
        [1, '10:00', '10:00'],
      ],
    ],
  ] as const)('%s', (_label, views, expected) => {
    const groups = groupViews(newest([...views]));
    expect(
      groups.map((g) => [
        g.views,
        g.first.at.toISOString().slice(11, 16),
        g.last.at.toISOString().slice(11, 16),
      ]),
    ).toEqual(
      expected.map(([count, first, last]) => [
        count,
        at(first).toISOString().slice(11, 16),
        at(last).toISOString().slice(11, 16),
      ]),
    );
  });
});
