import { z } from 'zod';
import { languageSchema } from './i18n';
import { organizationInputSchema, organizationSchema } from './organizations';
import { localizedTextSchema } from './i18n';

export const ROLES = ['proposer', 'coordinator', 'department', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);
export const STAFF_ROLES = [
  'coordinator',
  'department',
  'admin',
] as const satisfies readonly Role[];

export const ROLE_LABELS = {
  proposer: { ja: '提案者', en: 'Proposer' },
  coordinator: { ja: '共創窓口', en: 'Co-creation desk' },
  department: { ja: '部署職員', en: 'Department staff' },
  admin: { ja: '管理者', en: 'Administrator' },
} as const;

export const PASSWORD_POLICY = { minLength: 10, maxLength: 200 } as const;

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
  organization: organizationSchema.nullable(),
  department: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const userResponseSchema = z.object({ user: sessionUserSchema });
