import { eq } from 'drizzle-orm';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '@kyoso/contracts/calendar';
import { calendarSettingsSchema } from '@kyoso/contracts/calendar-schemas';
import type { Executor } from '../../db/client';
import type { Actor } from '../users/actor';
import { recordAuditEvent } from '../audit/audit.repository';
import type { AppContext } from '../../app-context';
import { settingsTable } from './settings.table';

const CALENDAR_KEY = 'calendar';

/** The budget calendar's settings (cutoff, council months, fiscal-year start), or the defaults. */
export async function getCalendarSettings(db: Executor): Promise<CalendarSettings> {
  const [row] = await db
    .select()
    .from(settingsTable)
    .where(eq(settingsTable.key, CALENDAR_KEY))
    .limit(1);
  const parsed = calendarSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_CALENDAR_SETTINGS;
}

/** Saves the calendar settings (administrators), with an audit event. */
export async function updateCalendarSettings(args: {
  ctx: AppContext;
  actor: Actor;
  settings: CalendarSettings;
  ip: string | null;
}): Promise<CalendarSettings> {
  const { ctx, actor, settings, ip } = args;
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(settingsTable)
      .values({ key: CALENDAR_KEY, value: settings, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: settingsTable.key,
        set: { value: settings, updatedBy: actor.id, updatedAt: ctx.now() },
      });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'settings.calendar_updated',
      subjectType: 'settings',
      subjectId: CALENDAR_KEY,
      data: settings,
      ip,
    });
  });
  return settings;
}
