/** Roles and the password policy. Zod-free, for the pages every visitor loads. */
export const ROLES = ['proposer', 'coordinator', 'department', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = [
  'coordinator',
  'department',
  'admin',
] as const satisfies readonly Role[];

export const PASSWORD_POLICY = { minLength: 10, maxLength: 200 } as const;
