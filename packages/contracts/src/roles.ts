/** Roles and the password policy. Zod-free, for the pages every visitor loads. */
export const ROLES = ['proposer', 'coordinator', 'department', 'admin'] as const;
export type Role = (typeof ROLES)[number];
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
