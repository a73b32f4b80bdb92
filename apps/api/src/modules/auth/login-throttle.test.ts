import { describe, expect, it } from 'vitest';
import { backoffSeconds, judgeLoginAttempt, type LoginPressure } from './login-throttle';

const policy = {
  freeFailures: 5,
  backoffBaseSeconds: 30,
  backoffMaxSeconds: 900,
  maxFailuresPerAccount: 100,
  maxFailuresPerIp: 200,
};
const now = new Date('2026-12-01T00:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const calm: LoginPressure = {
  pairFailures: 0,
  pairLastFailureAt: null,
  accountFailures: 1,
  accountOldestFailureAt: now,
  ipFailures: 1,
  ipOldestFailureAt: now,
};

describe('backoffSeconds', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [8, 240],
    [9, 480],
    [10, 900],
    [50, 900],
    [10_000, 900],
  ])('after %i failures: %i s', (failures, seconds) => {
    expect(backoffSeconds(failures, policy)).toBe(seconds);
  });
});

describe('judgeLoginAttempt', () => {
  it.each<[string, Partial<LoginPressure>, ReturnType<typeof judgeLoginAttempt>]>([
    ['a first attempt', {}, { allowed: true }],
    [
      'four failures from this address',
      { pairFailures: 4, pairLastFailureAt: now },
      { allowed: true },
    ],
    [
      'five failures, the last one just now',
      { pairFailures: 5, pairLastFailureAt: now },
      { allowed: false, reason: 'backoff', retryAfterSeconds: 30 },
    ],
    [
      'five failures, the last one 10 s ago',
      { pairFailures: 5, pairLastFailureAt: ago(10) },
      { allowed: false, reason: 'backoff', retryAfterSeconds: 20 },
    ],
    [
      'five failures, the last one 30 s ago',
      { pairFailures: 5, pairLastFailureAt: ago(30) },
      { allowed: true },
    ],
    [
      'twelve failures, the last 10 min ago',
      { pairFailures: 12, pairLastFailureAt: ago(600) },
      { allowed: false, reason: 'backoff', retryAfterSeconds: 300 },
    ],
    [
      'the account at its ceiling (this attempt included)',
      { accountFailures: 100 },
      { allowed: true },
    ],
    [
      'the account over its ceiling, oldest failure 50 min ago',
      { accountFailures: 101, accountOldestFailureAt: ago(3000) },
      { allowed: false, reason: 'account', retryAfterSeconds: 600 },
    ],
    [
      'the address over its ceiling',
      { ipFailures: 201, ipOldestFailureAt: ago(3540) },
      { allowed: false, reason: 'ip', retryAfterSeconds: 60 },
    ],
    [
      'both ceilings and the back-off: the account’s ceiling is named first',
      { accountFailures: 101, ipFailures: 201, pairFailures: 9, pairLastFailureAt: now },
      { allowed: false, reason: 'account', retryAfterSeconds: 3600 },
    ],
  ])('%s', (_name, pressure, verdict) => {
    expect(judgeLoginAttempt({ ...calm, ...pressure }, policy, now)).toEqual(verdict);
  });
});
