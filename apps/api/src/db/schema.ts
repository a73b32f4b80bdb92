/** Every table, for Drizzle and for drizzle-kit (which reads `src/modules/**\/*.table.ts`). */
export * from '../modules/access-log/access-log.table';
export * from '../modules/attachments/attachments.table';
export * from '../modules/audit/audit.table';
export * from '../modules/auth/auth.table';
export * from '../modules/departments/departments.table';
export * from '../modules/dialogues/dialogues.table';
export * from '../modules/idempotency/idempotency.table';
export * from '../modules/jobs/jobs.table';
export * from '../modules/messages/messages.table';
export * from '../modules/ndas/ndas.table';
export * from '../modules/notes/notes.table';
export * from '../modules/notifications/outbox.table';
export * from '../modules/organizations/organizations.table';
export * from '../modules/proposals/proposals.table';
export * from '../modules/settings/settings.table';
export * from '../modules/themes/themes.table';
export * from '../modules/users/users.table';
