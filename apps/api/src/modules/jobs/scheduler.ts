/**
 * Runs the daily jobs in the API process: after 08:30 in Tokyo on each business day, the
 * coordinators' digest, the departments' digest, the escalation of stages long overdue, then the jobs of STEPs 4–6 (holds that end, KPI reminders) and the warning to drafts on themes about to close. Checked every few minutes; several processes are safe (the day is
 * claimed in the database), and a process started late in the morning still sends it.
 */
import type { FastifyBaseLogger } from 'fastify';
import { isBusinessDay } from '@kyoso/calendar/business-days';
import { tokyoDate } from '@kyoso/calendar/dates';
import type { AppContext } from '../../app-context';
import { runCaseJobs } from './case-jobs.service';
import { sendDepartmentDigests } from './department-digest.service';
import { sendCoordinatorDigest } from './digest.service';
import { runEscalations } from './escalation.service';
import { runThemeJobs } from './theme-jobs.service';

export const DIGEST_TIME = { hour: 8, minute: 30 } as const;

/** Minutes since midnight in Tokyo. */
function tokyoMinutes(now: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Tokyo',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/** Whether the digest is due at `now` (a business day, at or after 08:30 Tokyo time). Pure. */
export function digestDue(now: Date): boolean {
  return (
    isBusinessDay(tokyoDate(now)) && tokyoMinutes(now) >= DIGEST_TIME.hour * 60 + DIGEST_TIME.minute
  );
}

export type Scheduler = { start: () => void; stop: () => void; tick: () => Promise<void> };

export function createScheduler(args: {
  ctx: AppContext;
  logger: FastifyBaseLogger;
  intervalMs?: number;
}): Scheduler {
  const { ctx, logger, intervalMs = 5 * 60_000 } = args;
  let timer: NodeJS.Timeout | null = null;
  let lastDay: string | null = null;

  async function tick() {
    const now = ctx.now();
    const today = tokyoDate(now);
    if (lastDay === today || !digestDue(now)) {
      return;
    }
    try {
      const result = await sendCoordinatorDigest({ ctx, today });
      logger.info({ job: 'coordinator_digest', today, ...result }, 'daily digest');
      const departments = await sendDepartmentDigests({ ctx, today });
      logger.info({ job: 'department_digest', today, ...departments }, 'departments’ digest');
      // Each stage is claimed on its own: running this again sends nothing twice.
      const escalations = await runEscalations({ ctx, today });
      logger.info({ job: 'escalations', today, ...escalations }, 'overdue stages escalated');
      // Each hold and each reminder is claimed on its own: running these again is harmless.
      const cases = await runCaseJobs({ ctx, today });
      logger.info({ job: 'case_jobs', today, ...cases }, 'daily case jobs');
      const themeDrafts = await runThemeJobs({ ctx, today });
      logger.info({ job: 'theme_jobs', today, warned: themeDrafts }, 'daily theme jobs');
      lastDay = today;
    } catch (err) {
      logger.error({ err, job: 'daily' }, 'daily jobs failed; will try again');
    }
  }

  return {
    start() {
      if (!timer) {
        void tick();
        timer = setInterval(() => void tick(), intervalMs);
        timer.unref();
      }
    },
    stop() {
      if (timer) {
        clearInterval(timer);
        timer = null;
      }
    },
    tick,
  };
}
