/** Kinds of organisation, zod-free: the registration page lists them without the zod runtime. */
export const ORGANIZATION_KINDS = [
  'large_company',
  'sme',
  'startup',
  'social_enterprise',
  'npo',
  'university',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
