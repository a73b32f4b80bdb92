import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** A request that failed its zod schema; the error handler turns it into a 400 with field paths. */
export class RequestValidationError extends Error {
  override name = 'RequestValidationError';
  readonly statusCode = 400;
  validationContext: string | undefined;
  constructor(
    readonly issues: z.core.$ZodIssue[],
    context?: 'body' | 'querystring' | 'params' | 'headers',
  ) {
    super('Request validation failed');
    this.validationContext = context;
  }
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether PostgreSQL can store a string: `text` refuses NUL, and `jsonb` refuses both NUL and an
 * unpaired surrogate (which `text` would silently turn into U+FFFD).
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

const MAX_DEPTH = 64;

/**
 * Every string in an input (object keys included) that PostgreSQL cannot store, as zod issues
 * with the path of each, so they are answered like any other invalid field.
 */
export function findUnstorableText(value: unknown): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      if (!isStorableText(node)) {
        issues.push({ code: 'custom', path, message: 'common.unstorable_text', input: undefined });
      }
      return;
    }
    if (node === null || typeof node !== 'object' || path.length > MAX_DEPTH) {
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    for (const [key, item] of Object.entries(node)) {
      if (!isStorableText(key)) {
        issues.push({ code: 'custom', path: [...path, key], message: 'common.unstorable_text' });
        continue;
      }
      visit(item, [...path, key]);
    }
  };
  visit(value, []);
  return issues;
}

/** Throws a 400 naming every field of `value` that holds text the database cannot store. */
export function ensureStorableText(
  value: unknown,
  context: 'body' | 'querystring' | 'params' | 'headers',
): void {
  const issues = findUnstorableText(value);
  if (issues.length > 0) {
    throw new RequestValidationError(issues, context);
  }
}

/**
 * Validates input a handler reads by itself (the fields of a multipart form) by the same rules as
 * a route schema: storable text first, then the zod schema.
 * @throws RequestValidationError
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  data: unknown,
  context: 'body' | 'querystring' = 'body',
): z.infer<T> {
  ensureStorableText(data, context);
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new RequestValidationError(result.error.issues, context);
  }
  return result.data;
}

const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) {
      return { value: result.data };
    }
    return { error: new RequestValidationError(result.error.issues) };
  };

/**
 * Every route's params, query, body and responses are zod schemas from the contract package.
 * Responses are serialised through their schema, so undeclared fields never leave the server.
 *
 * Before any schema, one hook checks every string the request carries (headers, params, query
 * string, JSON body, keys included) for text the database cannot store: NUL and unpaired
 * surrogates are a 400 with the field's path on every route, present and future, instead of a
 * 500 from PostgreSQL (or a silent U+FFFD).
 */
export default fp(
  async (app: FastifyInstance) => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.addHook('preValidation', async (request) => {
      ensureStorableText(request.params, 'params');
      ensureStorableText(request.query, 'querystring');
      ensureStorableText(request.body, 'body');
      ensureStorableText(request.headers, 'headers');
    });
  },
  { name: 'zod' },
);
