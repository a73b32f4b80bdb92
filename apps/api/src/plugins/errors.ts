import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERRORS, type ErrorBody, type ErrorCode } from '@kyoso/contracts/errors';
import { ACTIONS, WORKFLOW_ACTIONS, type WorkflowAction } from '@kyoso/contracts/workflow';
import { translator } from '@kyoso/i18n/core';
import { errorMessages } from '@kyoso/i18n/catalogues/errors';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { pickLanguage, type Language } from '@kyoso/i18n/languages';
import { fieldLabel, formatIssue, issuePath } from '@kyoso/i18n/validation';
import { isDatabaseBusy, isDatabaseUnavailable } from '../db/client';
import { AppError, isAppError } from '../modules/shared/errors';
import { RequestValidationError } from './zod';

const VALIDATION_CODES: Record<string, ErrorCode> = {
  body: 'request.invalid_body',
  querystring: 'request.invalid_query',
  params: 'request.invalid_params',
  headers: 'request.invalid_headers',
};

/** Fastify's own error codes that are the caller's fault, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.body_too_large',
  FST_REQ_FILE_TOO_LARGE: 'request.body_too_large',
  FST_PARTS_LIMIT: 'request.body_too_large',
  FST_FILES_LIMIT: 'request.body_too_large',
  FST_FIELDS_LIMIT: 'request.body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.malformed',
  FST_ERR_CTP_INVALID_HEADER_VALUE: 'request.malformed',
  FST_ERR_VALIDATION: 'request.invalid_body',
  FST_MP_PREMATURE_CLOSE: 'request.invalid_multipart',
  FST_PROTO_VIOLATION: 'request.invalid_multipart',
  FST_INVALID_JSON_FIELD_ERROR: 'request.invalid_multipart',
};

function messageOf(code: ErrorCode, language: Language): string {
  return translator(errorMessages, language)(code);
}

function isValidationMessageKey(key: string): boolean {
  return Object.hasOwn(errorMessages.ja, `validation.${key}`);
}

const TEXT_FIELDS = new Set(['reason', 'message', 'comment', 'note', 'overrideReason']);

/**
 * The name of an invalid field as the form shows it. A workflow action's text field is named by
 * the action ("窓口からの質問" for a request for information, not "理由").
 */
function labelOf(path: string, body: unknown, language: Language): string | undefined {
  const action = (body as { action?: unknown } | null)?.action;
  if (
    typeof action === 'string' &&
    (WORKFLOW_ACTIONS as readonly string[]).includes(action) &&
    TEXT_FIELDS.has(path) &&
    path in ACTIONS[action as WorkflowAction].fields
  ) {
    const key =
      path === 'overrideReason' ? 'override.reason' : `action.${action as WorkflowAction}.reason`;
    return translator(workflowMessages, language)(key as 'action.submit.label');
  }
  return fieldLabel(path, language);
}

/** Seconds a client should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 2;

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  if (status === 503) {
    reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
  }
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** Turns any error into `{ error: { code, message, details? } }`; never leaks a stack trace. */
export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const language = request.language;

  if (error instanceof RequestValidationError) {
    const code = VALIDATION_CODES[error.validationContext ?? 'body'] ?? 'request.invalid_body';
    return send(reply, 400, {
      error: {
        code,
        message: messageOf(code, language),
        details: error.issues.map((issue) => {
          const path = issuePath(issue.path);
          return {
            path,
            // A rule of our own (`{ error: 'common.unstorable_text' }`) is named by its key.
            code:
              issue.code === 'custom' && isValidationMessageKey(issue.message)
                ? issue.message
                : issue.code,
            message: formatIssue(issue, language, labelOf(path, request.body, language)),
          };
        }),
      },
    });
  }

  if (isAppError(error)) {
    if (error.statusCode === 503) {
      // Unavailable for a while (database down, draining before a shutdown): not a bug.
      request.log.warn({ err: error }, 'service unavailable');
    } else if (error.statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    if (error.retryAfterSeconds !== undefined) {
      void reply.header('retry-after', String(error.retryAfterSeconds));
    }
    return send(reply, error.statusCode, {
      error: {
        code: error.code,
        message: error.messageIn(language),
        ...(error.details ? { details: error.detailsIn(language) } : {}),
      },
    });
  }

  const fastifyCode = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const status =
    'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;

  if (status === 429) {
    return send(reply, 429, {
      error: {
        code: 'request.rate_limited',
        message: messageOf('request.rate_limited', language),
      },
    });
  }
  const mapped = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  if (mapped) {
    return send(reply, ERRORS[mapped].status, {
      error: { code: mapped, message: messageOf(mapped, language) },
    });
  }
  if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
    // Another client error raised by Fastify or a plugin (e.g. a malformed header).
    return send(reply, 400, {
      error: { code: 'request.malformed', message: messageOf('request.malformed', language) },
    });
  }

  // The database dropped the connection, cannot be reached or is saturated: a passing condition,
  // so 503 with Retry-After (the request may be tried again), never a 500.
  const unavailable: ErrorCode | undefined = isDatabaseBusy(error)
    ? 'service.busy'
    : isDatabaseUnavailable(error)
      ? 'service.unavailable'
      : undefined;
  if (unavailable) {
    request.log.warn({ err: error }, 'database unavailable');
    return send(reply, 503, {
      error: { code: unavailable, message: messageOf(unavailable, language) },
    });
  }

  request.log.error({ err: error }, 'unexpected error');
  const internal = new AppError('internal.error');
  return send(reply, 500, {
    error: {
      code: internal.code,
      message: `${internal.messageIn(language)} (request id: ${request.id})`,
    },
  });
}

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(handleError);
  },
  { name: 'errors' },
);

/**
 * Answers for the errors Fastify's router raises before any hook runs (a path parameter over
 * `maxParamLength`, a percent-encoding it cannot decode): the same security headers and error
 * shape as every other answer, and never the path that was sent.
 */
export function createFrameworkErrorHandler(headers: Record<string, string>) {
  return function frameworkErrors(
    error: FastifyError,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const language = pickLanguage(request.headers['accept-language']);
    const code: ErrorCode =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'request.uri_too_long'
        : error.code === 'FST_ERR_BAD_URL'
          ? 'request.malformed'
          : 'internal.error';
    if (code === 'internal.error') {
      request.log.error({ err: error }, 'router error');
    }
    void send(reply.headers(headers), ERRORS[code].status, {
      error: { code, message: messageOf(code, language) },
    });
  };
}

/**
 * Answers for what Node's HTTP parser refuses before Fastify sees a request (not HTTP at all,
 * headers or URL over 16 KiB, a request too slow to arrive), written to the socket with the
 * security headers and the error shape. Nothing was parsed, so the message is in Japanese.
 */
export function createClientErrorHandler(headers: Record<string, string>) {
  return function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
    if (error.code === 'ECONNRESET' || socket.destroyed) {
      return;
    }
    const code: ErrorCode =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 'request.headers_too_large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 'request.timeout'
          : 'request.malformed';
    const status = ERRORS[code].status;
    const body = JSON.stringify({ error: { code, message: messageOf(code, 'ja') } });
    if (socket.writable) {
      const lines = [
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
        'content-type: application/json; charset=utf-8',
        `content-length: ${Buffer.byteLength(body)}`,
        'connection: close',
      ];
      socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    }
    socket.destroy(error);
  };
}
