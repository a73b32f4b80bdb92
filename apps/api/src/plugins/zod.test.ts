import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import zodPlugin, { findUnstorableText, isStorableText } from './zod';

/** An app with the plugin and one route answering `answer` under the response schema `schema`. */
async function appAnswering(schema: z.ZodType, answer: unknown, verifySerializers: boolean) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  await app.register(zodPlugin, { verifySerializers });
  app.get('/', { schema: { response: { 200: schema } } }, async () => answer as never);
  return app;
}

const declared = z.object({
  name: z.string(),
  count: z.number().int(),
  note: z.string().nullable(),
  tags: z.array(z.object({ id: z.string() })),
});

describe('answers written by the compiled serialisers', () => {
  it('carry only the declared fields, as zod would write them', async () => {
    for (const verify of [true, false]) {
      const app = await appAnswering(
        declared,
        {
          name: '見守り',
          count: 3,
          note: null,
          tags: [{ id: 'a', secret: 'x' }],
          passwordHash: 'never sent',
        },
        verify,
      );
      const answer = await app.inject({ method: 'GET', url: '/' });
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({ name: '見守り', count: 3, note: null, tags: [{ id: 'a' }] });
      await app.close();
    }
  });

  it('fail where zod would, outside production (the two serialisers are compared)', async () => {
    const app = await appAnswering(declared, { name: 'x', count: '3', note: null, tags: [] }, true);
    const answer = await app.inject({ method: 'GET', url: '/' });
    expect(answer.statusCode).toBe(500);
    await app.close();
  });
});

describe('a union answer (staff or public view of a record)', () => {
  const staff = z.object({ outcome: z.string(), internalNotes: z.string(), at: z.iso.datetime() });
  const shown = z.object({ outcome: z.string() });

  it('writes the branch the value matches, without the fields a service adds', async () => {
    const cases = [
      {
        answer: {
          record: {
            outcome: 'adopt',
            internalNotes: 'n',
            proposalId: 'p',
            at: '1970-01-01T00:00:00.000Z',
          },
        },
        expected: {
          record: { outcome: 'adopt', internalNotes: 'n', at: '1970-01-01T00:00:00.000Z' },
        },
      },
      {
        answer: { record: { outcome: 'adopt', proposalId: 'p' } },
        expected: { record: { outcome: 'adopt' } },
      },
      { answer: { record: null }, expected: { record: null } },
    ];
    for (const verify of [true, false]) {
      for (const { answer, expected } of cases) {
        const app = await appAnswering(
          z.object({ record: z.union([staff, shown]).nullable() }),
          answer,
          verify,
        );
        const reply = await app.inject({ method: 'GET', url: '/' });
        expect(reply.statusCode).toBe(200);
        expect(reply.json()).toEqual(expected);
        await app.close();
      }
    }
  });
});

describe('a union of views of one record', () => {
  it('is written by the compiled serialiser as one object of every view’s fields', async () => {
    const shown = z.object({ outcome: z.string() });
    const staff = shown.extend({ internalNotes: z.string() });
    const app = await appAnswering(
      z.object({ record: z.union([staff, shown]).nullable(), count: z.number().int() }),
      // A count as text: zod would refuse it (500); the compiled serialiser writes a number.
      { record: { outcome: 'adopt', proposalId: 'p' }, count: '3' },
      false,
    );
    const reply = await app.inject({ method: 'GET', url: '/' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({ record: { outcome: 'adopt' }, count: 3 });
    await app.close();
  });
});

describe('a union of plain values (a STEP number or "end")', () => {
  it('is written by the compiled serialiser, the value as it is', async () => {
    const app = await appAnswering(
      z.object({
        step: z.union([z.literal(1), z.literal(2), z.literal('end')]),
        count: z.number().int(),
      }),
      // A count as text: zod would refuse it (500); the compiled serialiser writes a number.
      { step: 'end', count: '3' },
      false,
    );
    const reply = await app.inject({ method: 'GET', url: '/' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({ step: 'end', count: 3 });
    await app.close();
  });
});

describe('text PostgreSQL cannot store', () => {
  it.each([
    ['plain Japanese', '一人暮らしの高齢者の見守り', true],
    ['an emoji (a surrogate pair)', '見守り😀です', true],
    ['a pair at the very end', 'a\ud83d\ude00', true],
    ['NUL', 'a\u0000b', false],
    ['NUL beside an emoji', '😀\u0000', false],
    ['a lone high surrogate', '\ud800x', false],
    ['a lone high surrogate at the end', 'x\ud800', false],
    ['a lone low surrogate', 'x\udc00', false],
    ['two high surrogates then a low one', '\ud800\ud83d\ude00', false],
    ['a pair reversed', '\ude00\ud83d', false],
  ])('%s', (_name, value, storable) => {
    expect(isStorableText(value)).toBe(storable);
  });

  it('names the path of every such string, object keys included', () => {
    const issues = findUnstorableText({
      title: 'ok',
      tags: ['ok', 'a\u0000', { deep: ['\udc00'] }],
      ['bad\u0000key']: 'ok',
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['tags', 1],
      ['tags', 2, 'deep', 0],
      ['bad\u0000key'],
    ]);
    expect(findUnstorableText({ a: ['x', { b: 'y' }], c: null, d: 3 })).toEqual([]);
  });
});
