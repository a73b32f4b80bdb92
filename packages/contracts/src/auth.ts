import { z } from 'zod';
import { languageSchema, localizedTextSchema } from './common';
import { PASSWORD_POLICY, ROLES, STAFF_ROLES } from './roles';

export const roleSchema = z.enum(ROLES);
export { STAFF_ROLES };
import { organizationInputSchema, organizationSchema } from './organizations';

export const emailSchema = z.email().trim().toLowerCase().max(254);

export const passwordSchema = z
  .string()
  .min(PASSWORD_POLICY.minLength, { error: 'auth.password_too_short' })
  .max(PASSWORD_POLICY.maxLength, { error: 'auth.password_too_long' });

export const personNameSchema = z.string().trim().min(1).max(100);

export const registerBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: personNameSchema,
  language: languageSchema.default('ja'),
  organization: organizationInputSchema,
});
export type RegisterBody = z.infer<typeof registerBodySchema>;

export const acceptInvitationBodySchema = z.object({
  token: z.string().min(10).max(200),
  password: passwordSchema,
  name: personNameSchema,
  language: languageSchema.default('ja'),
});

export const invitationPreviewResponseSchema = z.object({
  invitation: z.object({
    email: z.string(),
    organizationName: z.string(),
    expiresAt: z.string(),
  }),
});

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_POLICY.maxLength),
});

export const tokenBodySchema = z.object({ token: z.string().min(10).max(200) });

export const passwordResetRequestBodySchema = z.object({ email: emailSchema });

export const passwordResetConfirmBodySchema = z.object({
  token: z.string().min(10).max(200),
  password: passwordSchema,
});

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_POLICY.maxLength),
  newPassword: passwordSchema,
});

export const updateProfileBodySchema = z.object({
  name: personNameSchema.optional(),
  language: languageSchema.optional(),
  /** Turn the daily digest e-mails off (true) or on again (false). */
  digestOptOut: z.boolean().optional(),
});

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  language: languageSchema,
  organizationId: z.uuid().nullable(),
  departmentId: z.uuid().nullable(),
  emailVerified: z.boolean(),
  /** The person turned the daily digest e-mails off. */
  digestOptOut: z.boolean(),
  organization: organizationSchema.nullable(),
  department: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const userResponseSchema = z.object({ user: sessionUserSchema });

/**
 * `GET /api/auth/session`: who is logged in, or `null` for an anonymous visitor (an answer, not
 * an error: public pages ask it on every visit).
 */
export const sessionResponseSchema = z.object({
  /** The logged-in user, or `null` when nobody is. */
  user: sessionUserSchema.nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
