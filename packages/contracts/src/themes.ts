import { z } from 'zod';
import { dateStringSchema, timestampSchema } from './common';
import { localizedTextSchema, type LocalizedText } from './i18n';

/** Policy areas a theme belongs to (for filtering). */
export const POLICY_AREAS = [
  'welfare',
  'children',
  'education',
  'urban',
  'environment',
  'safety',
  'industry',
  'digital',
  'other',
] as const;
export type PolicyArea = (typeof POLICY_AREAS)[number];
export const POLICY_AREA_LABELS = {
  welfare: { ja: '福祉・健康', en: 'Welfare and health' },
  children: { ja: '子ども・子育て', en: 'Children and families' },
  education: { ja: '教育', en: 'Education' },
  urban: { ja: 'まちづくり・交通', en: 'Urban development and transport' },
  environment: { ja: '環境・脱炭素', en: 'Environment and decarbonisation' },
  safety: { ja: '安全・安心・防災', en: 'Safety and disaster prevention' },
  industry: { ja: '産業・観光', en: 'Industry and tourism' },
  digital: { ja: '行政DX', en: 'Digital government' },
  other: { ja: 'その他', en: 'Other' },
} as const satisfies Record<PolicyArea, LocalizedText>;

/** Where a theme's window stands today. */
export const THEME_WINDOWS = ['open', 'upcoming', 'closed'] as const;
export type ThemeWindow = (typeof THEME_WINDOWS)[number];
export const THEME_WINDOW_LABELS = {
  open: { ja: '募集中', en: 'Open' },
  upcoming: { ja: '募集前', en: 'Opening soon' },
  closed: { ja: '募集終了', en: 'Closed' },
} as const satisfies Record<ThemeWindow, LocalizedText>;

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
