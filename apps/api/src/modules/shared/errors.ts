import { ERRORS, type ErrorCode, type ErrorDetail } from '@kyoso/contracts/errors';
import type { Language, LocalizedText } from '@kyoso/contracts/i18n';

/**
 * The one error class of the API. `code` is a stable dotted code from the contract's catalogue;
 * the HTTP status and the default message come from there. `details` point at fields.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: ErrorDetail[] | undefined;
  readonly localizedMessage: LocalizedText;
  /** For a 429: when to try again (sent as `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    options: {
      details?: ErrorDetail[];
      message?: LocalizedText;
      cause?: unknown;
      retryAfterSeconds?: number;
    } = {},
  ) {
    const entry = ERRORS[code];
    super(options.message?.en ?? entry.message.en, { cause: options.cause });
    this.code = code;
    this.statusCode = entry.status;
    this.details = options.details;
    this.localizedMessage = options.message ?? entry.message;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  messageIn(language: Language): string {
    return this.localizedMessage[language];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A 400 pointing at one field, with a message key from the contract's validation messages. */
export function createFieldError(
  code: ErrorCode,
  field: string,
  detail: { code: string; message: LocalizedText },
  language: Language,
): AppError {
  return new AppError(code, {
    details: [{ path: field, code: detail.code, message: detail.message[language] }],
  });
}
