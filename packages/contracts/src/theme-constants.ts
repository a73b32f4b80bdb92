/** Policy areas and theme windows with their labels. Zod-free, for the public pages. */
import type { LocalizedText } from './i18n';

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
