import { ERRORS, type ErrorCode, type ErrorDetail } from '@kyoso/contracts/errors';
import { translator } from '@kyoso/i18n/core';
import { errorMessages } from '@kyoso/i18n/catalogues/errors';
import type { Language } from '@kyoso/i18n/languages';
import { fieldLabel, formatIssue, type IssueLike } from '@kyoso/i18n/validation';

/** A message of the `errors` catalogue. */
export type ErrorMessageKey = keyof typeof errorMessages.ja;

function render(
  language: Language,
  message: { key: string; vars?: Record<string, string | number> },
): string {
  const t = translator(errorMessages, language) as (
    key: string,
    vars?: Record<string, string | number>,
  ) => string;
  return t(message.key, message.vars);
}

/**
 * One problem with one field, phrased at the edge in the caller's language: by a message of the
 * catalogue, by a validation issue (which then names the field), or by the error's own message.
 */
export type ErrorDetailInput = {
  path: string;
  /** A stable code for the problem (`workflow.lead_also_supporting`). */
  code: string;
  message?: { key: ErrorMessageKey; vars?: Record<string, string | number> };
  issue?: IssueLike;
};

/**
 * The one error class of the API. `code` is a stable dotted code from the contract's catalogue;
 * the HTTP status comes from there and the words from the `errors` catalogue, chosen for the
 * caller's language when the answer is written. `details` point at fields.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: ErrorDetailInput[] | undefined;
  /** A more precise message than the code's own (with its variables), when there is one. */
  readonly messageKey: { key: ErrorMessageKey; vars?: Record<string, string | number> } | undefined;
  /** For a 429 or a 503: when to try again (sent as `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    options: {
      details?: ErrorDetailInput[];
      message?: { key: ErrorMessageKey; vars?: Record<string, string | number> };
      cause?: unknown;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(render('en', options.message ?? { key: code }), { cause: options.cause });
    this.code = code;
    this.statusCode = ERRORS[code].status;
    this.details = options.details;
    this.messageKey = options.message;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  messageIn(language: Language): string {
    return render(language, this.messageKey ?? { key: this.code });
  }

  detailsIn(language: Language): ErrorDetail[] | undefined {
    return this.details?.map((detail) => presentDetail(detail, language, this.code));
  }
}

/** A detail in the caller's language. */
export function presentDetail(
  detail: ErrorDetailInput,
  language: Language,
  fallback: ErrorCode,
): ErrorDetail {
  const t = translator(errorMessages, language) as (
    key: string,
    vars?: Record<string, string | number>,
  ) => string;
  const message = detail.message
    ? t(detail.message.key, detail.message.vars)
    : detail.issue
      ? formatIssue(detail.issue, language, fieldLabel(detail.path, language))
      : t(fallback);
  return { path: detail.path, code: detail.code, message };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * A 400 saying that a field is required, naming it the way the form does
 * ("「所属部署」を選んでください（必須）。").
 */
export function createRequiredFieldError(
  code: ErrorCode,
  path: string,
  kind: 'text' | 'choice' = 'text',
): AppError {
  return new AppError(code, {
    details: [
      {
        path,
        code: 'common.required',
        issue: {
          code: kind === 'choice' ? 'invalid_value' : 'invalid_type',
          message: 'common.required',
          path: path.split('.'),
          input: undefined,
        },
      },
    ],
  });
}
