import { z } from 'zod';

/**
 * Every error the API can answer with: a stable dotted code and its HTTP status. The message a
 * person reads is in the `errors` catalogue of `@kyoso/i18n` under the same code (a test checks
 * that every code has one in every language); the API sends it in the caller's language.
 */
export const ERRORS = {
  'request.invalid_body': { status: 400 },
  'request.invalid_query': { status: 400 },
  'request.invalid_params': { status: 400 },
  'request.invalid_headers': { status: 400 },
  'request.malformed': { status: 400 },
  'request.body_too_large': { status: 413 },
  'request.unsupported_media_type': { status: 415 },
  'request.not_found': { status: 404 },
  'request.rate_limited': { status: 429 },
  'request.invalid_multipart': { status: 400 },
  'request.uri_too_long': { status: 414 },
  'request.headers_too_large': { status: 431 },
  'request.timeout': { status: 408 },
  'auth.unauthenticated': { status: 401 },
  'auth.invalid_credentials': { status: 401 },
  'auth.too_many_attempts': { status: 429 },
  'auth.account_locked': { status: 429 },
  'auth.email_not_verified': { status: 403 },
  'auth.account_disabled': { status: 403 },
  'auth.forbidden': { status: 403 },
  'auth.cross_site_request': { status: 403 },
  'auth.email_taken': { status: 409 },
  'auth.token_invalid': { status: 400 },
  'auth.weak_password': { status: 400 },
  'auth.wrong_password': { status: 400 },
  'users.not_found': { status: 404 },
  'users.department_required': { status: 400 },
  'organizations.not_found': { status: 404 },
  'organizations.already_member': { status: 409 },
  'organizations.invitation_invalid': { status: 400 },
  'departments.not_found': { status: 404 },
  'proposals.not_found': { status: 404 },
  'proposals.incomplete': { status: 400 },
  'proposals.already_assigned': { status: 409 },
  'proposals.closed': { status: 409 },
  'proposals.not_editable': { status: 409 },
  'themes.not_found': { status: 404 },
  'themes.closed': { status: 409 },
  'themes.closed_for_submission': { status: 409 },
  'themes.wrong_status': { status: 409 },
  'themes.question_not_found': { status: 404 },
  'themes.already_answered': { status: 409 },
  'attachments.not_found': { status: 404 },
  'attachments.too_large': { status: 413 },
  'attachments.too_many': { status: 400 },
  'attachments.unsupported_type': { status: 400 },
  'attachments.missing_file': { status: 400 },
  'attachments.confidential': { status: 403 },
  'ndas.not_found': { status: 404 },
  'ndas.no_template': { status: 409 },
  'ndas.already_open': { status: 409 },
  'ndas.wrong_stage': { status: 409 },
  'ndas.not_signable': { status: 409 },
  'ndas.text_changed': { status: 409 },
  'dialogues.not_found': { status: 404 },
  'dialogues.not_in_dialogue': { status: 409 },
  'dialogues.round_1_first': { status: 409 },
  'dialogues.confirmed': { status: 409 },
  'dialogues.round_recorded': { status: 409 },
  'notes.invalid_mention': { status: 400 },
  'decisions.not_deciding': { status: 409 },
  'decisions.version_conflict': { status: 409 },
  'agreements.not_open': { status: 409 },
  'agreements.version_conflict': { status: 409 },
  'agreements.not_found': { status: 404 },
  'agreements.stale_version': { status: 409 },
  'agreements.summary_changed': { status: 409 },
  'agreements.no_document': { status: 404 },
  'kpis.not_open': { status: 409 },
  'kpis.version_conflict': { status: 409 },
  'kpis.not_found': { status: 404 },
  'kpis.report_not_found': { status: 404 },
  'kpis.report_exists': { status: 409 },
  'kpis.not_reporting': { status: 409 },
  'kpis.report_state': { status: 409 },
  'evaluations.not_open': { status: 409 },
  'evaluations.version_conflict': { status: 409 },
  'evaluations.not_found': { status: 404 },
  'proposals.not_resubmittable': { status: 409 },
  'request.idempotency_mismatch': { status: 409 },
  'workflow.invalid_routing': { status: 400 },
  'workflow.action_not_allowed': { status: 409 },
  'workflow.forbidden': { status: 403 },
  'workflow.version_conflict': { status: 409 },
  'workflow.precondition_failed': { status: 409 },
  'dev.mailbox_disabled': { status: 404 },
  'internal.error': { status: 500 },
  'service.unavailable': { status: 503 },
  'service.busy': { status: 503 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/** One problem with one field of the input. `path` is dotted (`kpis.0.name`). */
export const errorDetailSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/** The only error body the API ever sends. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(errorDetailSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
