import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { themesTable } from './themes.table';

export type ThemeRow = typeof themesTable.$inferSelect;

export async function getThemeById(db: Executor, id: string): Promise<ThemeRow | undefined> {
  const [row] = await db.select().from(themesTable).where(eq(themesTable.id, id)).limit(1);
  return row;
}

/** Whether a theme accepts proposals on `today` (its window includes the day). */
export function isThemeOpen(
  theme: Pick<ThemeRow, 'status' | 'opensOn' | 'closesOn'>,
  today: string,
): boolean {
  return (
    theme.status === 'published' &&
    theme.opensOn <= today &&
    (theme.closesOn === null || today <= theme.closesOn)
  );
}
