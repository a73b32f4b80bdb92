/**
 * `Idempotency-Key` support. Inside the transaction of the work it protects, the key is claimed
 * first: the first request with a key does the work and records its result; a retry or a double
 * click with the same key finds that result and does nothing again. On PostgreSQL a second request
 * arriving while the first is still running waits on the key's row until the first commits.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../shared/errors';
import { idempotencyKeysTable } from './idempotency.table';

export type IdempotencyRequest = {
  userId: string;
  key: string;
  scope: string;
  requestHash: string;
};
export type IdempotentResult = { statusCode: number; resourceId: string };

export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** The request as the key protects it: `Idempotency-Key` header, the route and the body. */
export function idempotencyRequest(args: {
  header: string | string[] | undefined;
  userId: string;
  scope: string;
  body: unknown;
}): IdempotencyRequest | undefined {
  if (args.header === undefined) {
    return undefined;
  }
  const parsed = idempotencyKeySchema.safeParse(args.header);
  if (!parsed.success) {
    throw new AppError('request.invalid_headers', {
      details: [
        {
          path: 'idempotency-key',
          code: 'invalid_format',
          message: { key: 'detail.request.idempotency_key_format' },
        },
      ],
    });
  }
  const requestHash = createHash('sha256')
    .update(`${args.scope}\n${JSON.stringify(args.body ?? null)}`)
    .digest('hex');
  return { userId: args.userId, key: parsed.data, scope: args.scope, requestHash };
}

/**
 * Claims the key in `tx`. Returns undefined when this request is the first (go ahead), or the
 * result of the first request.
 * @throws request.idempotency_mismatch when the key was used for a different request
 */
export async function claimIdempotencyKey(
  tx: Executor,
  request: IdempotencyRequest,
): Promise<IdempotentResult | undefined> {
  const claimed = await tx
    .insert(idempotencyKeysTable)
    .values({
      userId: request.userId,
      key: request.key,
      scope: request.scope,
      requestHash: request.requestHash,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeysTable.key });
  if (claimed.length === 1) {
    return undefined;
  }
  const [earlier] = await tx
    .select()
    .from(idempotencyKeysTable)
    .where(
      and(
        eq(idempotencyKeysTable.userId, request.userId),
        eq(idempotencyKeysTable.key, request.key),
      ),
    )
    .limit(1);
  if (
    !earlier ||
    earlier.scope !== request.scope ||
    earlier.requestHash !== request.requestHash ||
    earlier.statusCode === null ||
    earlier.resourceId === null
  ) {
    throw new AppError('request.idempotency_mismatch');
  }
  return { statusCode: earlier.statusCode, resourceId: earlier.resourceId };
}

/** Records the result of the first request, in the same transaction as its work. */
export async function recordIdempotentResult(
  tx: Executor,
  request: IdempotencyRequest,
  result: IdempotentResult,
) {
  await tx
    .update(idempotencyKeysTable)
    .set({ statusCode: result.statusCode, resourceId: result.resourceId })
    .where(
      and(
        eq(idempotencyKeysTable.userId, request.userId),
        eq(idempotencyKeysTable.key, request.key),
      ),
    );
}
