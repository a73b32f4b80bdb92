import { z } from 'zod';
import { timestampSchema } from './common';
import { ORGANIZATION_KINDS, type OrganizationKind } from './organization-constants';

export { ORGANIZATION_KINDS, type OrganizationKind };

export const ORGANIZATION_LIMITS = { maxNameLength: 200 } as const;

/**
 * Whether a 法人番号 (corporate number) is 13 digits whose first digit is the check digit of the
 * other twelve, as the National Tax Agency defines it: with P(n) the n-th digit counted from the
 * right of the 12-digit base and Q(n) = 1 for odd n, 2 for even n,
 * check = 9 − (Σ P(n)·Q(n) mod 9).
 */
export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) {
    return false;
  }
  const base = value.slice(1);
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) {
    const digit = Number(base[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return Number(value[0]) === 9 - (sum % 9);
}

/** Full-width digits, spaces and hyphens are forgiven: `１２３４-…` is read as `1234…`. */
function normalizeDigits(value: string): string {
  return value
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-ー－‐]/g, '');
}

export const corporateNumberSchema = z
  .string()
  .transform(normalizeDigits)
  .pipe(
    z
      .string()
      .regex(/^\d{13}$/, { error: 'organizations.corporate_number_format' })
      .refine(isValidCorporateNumber, { error: 'organizations.corporate_number_check_digit' }),
  );

export const organizationInputSchema = z.object({
  name: z.string().trim().min(1).max(ORGANIZATION_LIMITS.maxNameLength),
  kind: z.enum(ORGANIZATION_KINDS),
  /** Optional; when given it must be a valid 法人番号. An empty string means "not given". */
  corporateNumber: z
    .union([z.literal('').transform(() => undefined), corporateNumberSchema])
    .optional(),
});
export type OrganizationInput = z.infer<typeof organizationInputSchema>;

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  corporateNumber: z.string().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  joinedAt: timestampSchema,
});

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  expiresAt: timestampSchema,
  createdAt: timestampSchema,
});

export const organizationResponseSchema = z.object({
  organization: organizationSchema,
  members: z.array(organizationMemberSchema),
  invitations: z.array(invitationSchema),
});

export const updateOrganizationBodySchema = organizationInputSchema;

export const inviteMemberBodySchema = z.object({
  email: z.email().trim().toLowerCase().max(254),
});
