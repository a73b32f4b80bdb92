import { eq } from 'drizzle-orm';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '@kyoso/contracts/calendar';
import { calendarSettingsSchema } from '@kyoso/contracts/calendar-schemas';
import {
  DEFAULT_SERVICE_LEVELS,
  serviceLevelsSchema,
  type ServiceLevels,
} from '@kyoso/contracts/service-levels';
import type { Executor } from '../../db/client';
import type { Actor } from '../users/actor';
import { recordAuditEvent } from '../audit/audit.repository';
import type { AppContext } from '../../app-context';
import { SERVICE_LEVELS_KEY } from './settings.repository';
import { settingsTable } from './settings.table';

const CALENDAR_KEY = 'calendar';

/** Service levels as stored (or not), with the defaults for whatever is missing or invalid. */
export function serviceLevelsFrom(value: unknown): ServiceLevels {
  // No settings saved (the usual case): the defaults, without a failed parse and its error.
  if (value === null || value === undefined) {
    return DEFAULT_SERVICE_LEVELS;
  }
  const parsed = serviceLevelsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SERVICE_LEVELS;
}

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

/** The service levels of STEPs 3–6 (business days), or the defaults. */
export async function getServiceLevels(db: Executor): Promise<ServiceLevels> {
  const [row] = await db
    .select()
    .from(settingsTable)
    .where(eq(settingsTable.key, SERVICE_LEVELS_KEY))
    .limit(1);
  return serviceLevelsFrom(row?.value);
}

/** Saves the service levels (administrators), with an audit event. */
export async function updateServiceLevels(args: {
  ctx: AppContext;
  actor: Actor;
  levels: ServiceLevels;
  ip: string | null;
}): Promise<ServiceLevels> {
  const { ctx, actor, levels, ip } = args;
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(settingsTable)
      .values({ key: SERVICE_LEVELS_KEY, value: levels, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: settingsTable.key,
        set: { value: levels, updatedBy: actor.id, updatedAt: ctx.now() },
      });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'settings.service_levels_updated',
      subjectType: 'settings',
      subjectId: SERVICE_LEVELS_KEY,
      data: levels,
      ip,
    });
  });
  return levels;
}
