import { isDeepStrictEqual } from 'node:util';
import fastJson from 'fast-json-stringify';
import type { FastifyInstance, FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

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
/** NUL or any surrogate, paired or not: most text has none, and is then storable at once. */
// eslint-disable-next-line no-control-regex -- NUL is what the check looks for
const SUSPECT = /[\u0000\ud800-\udfff]/;

/**
 * Whether PostgreSQL can store a string: `text` refuses NUL, and `jsonb` refuses both NUL and an
 * unpaired surrogate (which `text` would silently turn into U+FFFD).
 */
export function isStorableText(value: string): boolean {
  return !SUSPECT.test(value) || (!value.includes('\u0000') && !LONE_SURROGATE.test(value));
}

const MAX_DEPTH = 64;

/**
 * Every string in an input (object keys included) that PostgreSQL cannot store, as zod issues
 * with the path of each, so they are answered like any other invalid field.
 */
export function findUnstorableText(value: unknown): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  visitText(value, [], issues);
  return issues;
}

/**
 * Runs on every request over its headers, parameters, query and body: one path array, extended
 * and shortened in place, copied only into an issue.
 */
function visitText(node: unknown, path: PropertyKey[], issues: z.core.$ZodIssue[]): void {
  if (typeof node === 'string') {
    if (!isStorableText(node)) {
      issues.push({ code: 'custom', path: [...path], message: 'common.unstorable_text' });
    }
    return;
  }
  if (node === null || typeof node !== 'object' || path.length > MAX_DEPTH) {
    return;
  }
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index += 1) {
      path.push(index);
      visitText(node[index], path, issues);
      path.pop();
    }
    return;
  }
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    path.push(key);
    if (isStorableText(key)) {
      visitText(record[key], path, issues);
    } else {
      issues.push({ code: 'custom', path: [...path], message: 'common.unstorable_text' });
    }
    path.pop();
  }
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

type JsonSchema = { [key: string]: unknown };

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/** A schema of one plain value (no object, no array, no union inside). */
function isScalar(schema: JsonSchema): boolean {
  return (
    typeof schema.type === 'string' &&
    SCALAR_TYPES.has(schema.type) &&
    !('anyOf' in schema) &&
    !('oneOf' in schema)
  );
}

/**
 * A union of views of one record, each a closed object whose fields are the others' or more (the
 * staff view of a decision is the proposer's plus the internal notes), as one object: every field
 * of any view, required where every view requires it. What the presenter put in the value is
 * written, nothing undeclared; tests compare it with zod's answer. Null when the views disagree
 * on a field's schema.
 */
function mergeViews(views: JsonSchema[]): JsonSchema | null {
  if (
    views.length < 2 ||
    !views.every((v) => v.type === 'object' && v.additionalProperties === false && v.properties)
  ) {
    return null;
  }
  const properties: JsonSchema = {};
  for (const view of views) {
    for (const [name, field] of Object.entries(view.properties as JsonSchema)) {
      if (name in properties && !isDeepStrictEqual(properties[name], field)) {
        return null;
      }
      properties[name] = field;
    }
  }
  const required = Object.keys(properties).filter((name) =>
    views.every((v) => ((v.required as string[] | undefined) ?? []).includes(name)),
  );
  return { type: 'object', properties, required, additionalProperties: false };
}

/**
 * fast-json-stringify handles `nullable` far faster than an `anyOf` with `null`, which is how
 * zod writes `.nullable()`: rewritten here, recursively, and so is a union of plain values.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(simplify);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const schema: JsonSchema = Object.fromEntries(
    Object.entries(node as JsonSchema).map(([key, value]) => [key, simplify(value)]),
  );
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (anyOf?.length === 2) {
    const nullIndex = anyOf.findIndex((s) => s.type === 'null' && Object.keys(s).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && other && typeof other.type === 'string' && !('anyOf' in other)) {
      const { anyOf: _anyOf, ...rest } = schema;
      return { ...rest, ...other, nullable: true };
    }
  }
  // Another union of plain values (`1 | 2 | … | 'end'`): no field in it to leave out, so the
  // value is written as it is (zod would not change it either).
  if (anyOf?.every(isScalar)) {
    const { anyOf: _anyOf, ...rest } = schema;
    return rest;
  }
  const merged = anyOf && mergeViews(anyOf);
  if (merged) {
    const { anyOf: _anyOf, ...rest } = schema;
    return { ...rest, ...merged };
  }
  return schema;
}

/**
 * Whether a (simplified) schema still holds a union. fast-json-stringify picks a union's branch
 * by validating the value as JSON, which the values a service returns are not yet (a `Date`
 * where the schema says a date-time string, fields zod strips): such routes are encoded by zod.
 */
function hasUnion(node: unknown): boolean {
  if (Array.isArray(node)) {
    return node.some(hasUnion);
  }
  if (node === null || typeof node !== 'object') {
    return false;
  }
  return Object.entries(node).some(
    ([key, value]) => key === 'anyOf' || key === 'oneOf' || hasUnion(value),
  );
}

/**
 * A response's serialiser compiled from its zod schema (as JSON Schema) by fast-json-stringify:
 * like the zod encoder it writes only the declared fields, several times faster. Where the
 * schema cannot be written as JSON Schema, zod encodes. With `verify` (development and tests)
 * every answer is also encoded by zod and must be the same JSON, or the request fails.
 */
function createResponseSerializerCompiler(verify: boolean): FastifySerializerCompiler<z.ZodType> {
  return (route) => {
    const slow = serializerCompiler(route);
    let fast: (data: unknown) => string;
    try {
      const json = z.toJSONSchema(route.schema, {
        io: 'output',
        target: 'draft-7',
        unrepresentable: 'throw',
      });
      const simplified = simplify(json);
      if (hasUnion(simplified)) {
        return slow;
      }
      fast = fastJson(simplified as Parameters<typeof fastJson>[0]);
    } catch {
      return slow;
    }
    if (!verify) {
      return fast;
    }
    return (data) => {
      const answer = fast(data);
      const expected = slow(data);
      if (!isDeepStrictEqual(JSON.parse(answer), JSON.parse(expected))) {
        throw new Error(
          `The compiled serialiser of ${route.method} ${route.url} differs from zod's: ${answer} ≠ ${expected}`,
        );
      }
      return answer;
    };
  };
}

/**
 * Every route's params, query, body and responses are zod schemas from the contract package.
 * Responses are serialised by their schema (compiled, see above), so undeclared fields never
 * leave the server.
 *
 * Before any schema, one hook checks every string the request carries (headers, params, query
 * string, JSON body, keys included) for text the database cannot store: NUL and unpaired
 * surrogates are a 400 with the field's path on every route, present and future, instead of a
 * 500 from PostgreSQL (or a silent U+FFFD).
 */
export default fp(
  async (app: FastifyInstance, options: { verifySerializers?: boolean }) => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(createResponseSerializerCompiler(options.verifySerializers ?? false));
    app.addHook('preValidation', (request, _reply, done) => {
      try {
        ensureStorableText(request.params, 'params');
        ensureStorableText(request.query, 'querystring');
        ensureStorableText(request.body, 'body');
        ensureStorableText(request.headers, 'headers');
      } catch (error) {
        done(error as Error);
        return;
      }
      done();
    });
  },
  { name: 'zod' },
);
