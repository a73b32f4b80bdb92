import { z } from 'zod';
import { dateStringSchema, timestampSchema } from './common';
import { localizedTextSchema } from './common';
import { POLICY_AREAS, THEME_WINDOWS } from './theme-constants';

export const themeSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  policyArea: z.enum(POLICY_AREAS),
  department: z.object({ id: z.uuid(), name: localizedTextSchema, fullName: localizedTextSchema }),
  opensOn: z.string(),
  closesOn: z.string().nullable(),
  window: z.enum(THEME_WINDOWS),
});
export type ThemeSummary = z.infer<typeof themeSummarySchema>;

export const themeSchema = themeSummarySchema.extend({
  background: z.string(),
  problem: z.string(),
  outcomeWanted: z.string(),
  resourcesOffered: z.string(),
  publishedAt: timestampSchema.nullable(),
});
export type Theme = z.infer<typeof themeSchema>;

export const themesQuerySchema = z.object({
  /** Japanese substring search over title, summary, background, problem and outcome. */
  q: z.string().trim().max(100).optional(),
  policyArea: z.enum(POLICY_AREAS).optional(),
  departmentId: z.uuid().optional(),
  window: z.enum(THEME_WINDOWS).optional(),
});

export const themesResponseSchema = z.object({ themes: z.array(themeSummarySchema) });
export const themeResponseSchema = z.object({ theme: themeSchema });

export const THEME_LIMITS = { title: 120, summary: 400, text: 4000 } as const;

/** A theme as an administrator writes it. */
export const themeInputSchema = z.object({
  departmentId: z.uuid(),
  title: z.string().trim().min(5).max(THEME_LIMITS.title),
  summary: z.string().trim().min(10).max(THEME_LIMITS.summary),
  policyArea: z.enum(POLICY_AREAS),
  background: z.string().trim().max(THEME_LIMITS.text),
  problem: z.string().trim().min(10).max(THEME_LIMITS.text),
  outcomeWanted: z.string().trim().min(10).max(THEME_LIMITS.text),
  resourcesOffered: z.string().trim().max(THEME_LIMITS.text),
  opensOn: dateStringSchema,
  closesOn: dateStringSchema.nullable(),
  published: z.boolean(),
});
export type ThemeInput = z.infer<typeof themeInputSchema>;
