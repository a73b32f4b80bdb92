import { z } from 'zod';
import { emailSchema, personNameSchema, roleSchema, STAFF_ROLES } from './auth';
import { idSchema, timestampSchema } from './common';
import { languageSchema, localizedTextSchema } from './common';

/** An admin creates a staff account; the person sets their own password from an e-mailed link. */
export const createStaffUserBodySchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: z.enum(STAFF_ROLES),
  language: languageSchema.default('ja'),
  departmentId: idSchema.nullable().optional(),
});
export type CreateStaffUserBody = z.infer<typeof createStaffUserBodySchema>;

export const updateStaffUserBodySchema = z.object({
  name: personNameSchema.optional(),
  role: z.enum(STAFF_ROLES).optional(),
  departmentId: idSchema.nullable().optional(),
  /** Heads the department (receives the escalations of stages long overdue); staff only. */
  departmentHead: z.boolean().optional(),
  disabled: z.boolean().optional(),
});

export const adminUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  language: languageSchema,
  department: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
  departmentHead: z.boolean(),
  organizationName: z.string().nullable(),
  emailVerified: z.boolean(),
  disabled: z.boolean(),
  createdAt: timestampSchema,
});

export const usersQuerySchema = z.object({
  role: roleSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

export const adminUserResponseSchema = z.object({ user: adminUserSchema });
export const adminUsersResponseSchema = z.object({ users: z.array(adminUserSchema) });
