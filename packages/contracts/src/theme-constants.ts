/** Policy areas and theme windows (words: `policyArea.*`, `themeWindow.*`). Zod-free. */

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

/** Where a theme's window stands today. */
export const THEME_WINDOWS = ['open', 'upcoming', 'closed'] as const;
export type ThemeWindow = (typeof THEME_WINDOWS)[number];
