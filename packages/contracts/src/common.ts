import { z } from 'zod';
import { LANGUAGES } from '@kyoso/i18n/languages';

export const languageSchema = z.enum(LANGUAGES);
/**
 * A text in the reader's languages: data entered in Japanese and English, or a catalogue message
 * the API rendered in every language (then with its やさしい日本語 version too).
 */
export const localizedTextSchema = z.object({
  ja: z.string(),
  en: z.string(),
  easy: z.string().optional(),
});

/** A database id (UUID). A malformed id is a 400, never a 500. */
export const idSchema = z.uuid({ error: 'common.invalid_id' });
export const idParamsSchema = z.object({ id: idSchema });

/** A calendar date as written in Japan's time zone: `YYYY-MM-DD`. */
export const dateStringSchema = z.iso.date({ error: 'common.invalid_date' });

/** A timestamp serialised as an ISO 8601 string. */
export const timestampSchema = z.iso.datetime({ offset: true });

export const PAGINATION = { defaultPageSize: 20, maxPageSize: 100 } as const;

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGINATION.maxPageSize)
    .default(PAGINATION.defaultPageSize),
});

/** `true`/`false` in a query string (`?overdue=true`). */
export const booleanQuerySchema = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** What the web app needs to know about the installation it runs against. */
export const metaResponseSchema = z.object({
  cityName: z.object({ ja: z.string(), en: z.string() }),
  environment: z.enum(['development', 'test', 'production']),
  /** The development mailbox (`/dev/mail`) is available. */
  devMailbox: z.boolean(),
});
export type Meta = z.infer<typeof metaResponseSchema>;
