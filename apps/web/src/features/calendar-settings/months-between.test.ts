import { expect, it } from 'vitest';
import { monthsBetween } from './months-between';

it.each([
  [6, 6, [6]],
  [2, 3, [2, 3]],
  [9, 10, [9, 10]],
  [12, 1, [12, 1]],
  [11, 2, [11, 12, 1, 2]],
])('a session from month %i to month %i covers %j', (from, to, months) => {
  expect(monthsBetween(from, to)).toEqual(months);
});
