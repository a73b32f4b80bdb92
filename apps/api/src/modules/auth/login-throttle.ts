/**
 * The login throttle's rule, as pure functions (the numbers come from `config.loginThrottle`):
 *
 * - per account **and address** (the guesser): the first `freeFailures` failures cost nothing;
 *   after that each attempt waits `backoffBaseSeconds`, doubling with every further failure, up to
 *   `backoffMaxSeconds`. The count restarts after a success from that address or a password
 *   change, and forgets failures older than 24 hours. The owner elsewhere is not affected;
 * - per account over every address: at most `maxFailuresPerAccount` failures an hour (a much
 *   higher ceiling, against guessing from many addresses); the e-mailed reset lifts it at once;
 * - per address over every account: at most `maxFailuresPerIp` failures an hour (spraying).
 *
 * Every attempt is recorded as a failure *before* its password is checked and the pressure is read
 * after that, so parallel attempts see each other and the limits hold under concurrency.
 */
import type { Config } from '../../config';

export type LoginThrottlePolicy = Config['loginThrottle'];

export const LOGIN_WINDOWS = {
  /** Failures of one account from one address are forgotten after this. */
  pairHours: 24,
  /** The window of the per-account and per-address ceilings. */
  ceilingMinutes: 60,
} as const;

/** What the attempt log says about one attempt, read right after the attempt was recorded. */
export type LoginPressure = {
  /** Failures of this account from this address in the back-off window, this attempt excluded. */
  pairFailures: number;
  pairLastFailureAt: Date | null;
  /** Failures of this account in the ceiling window (since the password changed), this one included. */
  accountFailures: number;
  accountOldestFailureAt: Date | null;
  /** Failures from this address in the ceiling window, this one included. */
  ipFailures: number;
  ipOldestFailureAt: Date | null;
};

export type LoginVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** Whose limit: the account's ceiling, the address's ceiling, or the guesser's back-off. */
      reason: 'account' | 'ip' | 'backoff';
      retryAfterSeconds: number;
    };

/** The wait required after `failures` failures of one account from one address (0: none). */
export function backoffSeconds(failures: number, policy: LoginThrottlePolicy): number {
  if (failures < policy.freeFailures) {
    return 0;
  }
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.backoffBaseSeconds * 2 ** doublings, policy.backoffMaxSeconds);
}

function secondsUntil(instant: number, now: Date): number {
  return Math.max(1, Math.ceil((instant - now.getTime()) / 1000));
}

/** Whether an attempt may check its password now, and if not, for how long it must wait. */
export function judgeLoginAttempt(
  pressure: LoginPressure,
  policy: LoginThrottlePolicy,
  now: Date,
): LoginVerdict {
  const ceilingMs = LOGIN_WINDOWS.ceilingMinutes * 60_000;
  if (pressure.accountFailures > policy.maxFailuresPerAccount) {
    const oldest = pressure.accountOldestFailureAt?.getTime() ?? now.getTime();
    return {
      allowed: false,
      reason: 'account',
      retryAfterSeconds: secondsUntil(oldest + ceilingMs, now),
    };
  }
  if (pressure.ipFailures > policy.maxFailuresPerIp) {
    const oldest = pressure.ipOldestFailureAt?.getTime() ?? now.getTime();
    return {
      allowed: false,
      reason: 'ip',
      retryAfterSeconds: secondsUntil(oldest + ceilingMs, now),
    };
  }
  const wait = backoffSeconds(pressure.pairFailures, policy);
  if (wait > 0) {
    const readyAt = (pressure.pairLastFailureAt?.getTime() ?? now.getTime()) + wait * 1000;
    if (readyAt > now.getTime()) {
      return { allowed: false, reason: 'backoff', retryAfterSeconds: secondsUntil(readyAt, now) };
    }
  }
  return { allowed: true };
}
