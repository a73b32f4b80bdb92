/**
 * Japanese substring search on both engines. Rows keep a normalised copy of their text and the
 * set of its two-character pieces (GIN index, see migrations/0000). A query matches a row when
 * every piece of the query is among the row's (found through the index) and the row's text
 * contains the query (checked on those few rows). Queries of one character skip the index.
 */
import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { inlineBinder, type Binder } from '../../db/binder';

/** NFKC (全角 → 半角 for letters and digits), lower case, single spaces: as the SQL side does. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The two-character pieces of a text, as kyoso_bigrams() computes them in SQL. */
export function bigramsOf(text: string): string[] {
  return bigramsOfNormalized(normalizeSearchText(text));
}

/** `bigramsOf` for a text already normalised (`normalizeSearchText` is not free). */
function bigramsOfNormalized(normalized: string): string[] {
  const chars = [...normalized];
  const pieces = new Set<string>();
  for (let i = 0; i < chars.length - 1; i += 1) {
    const piece = `${chars[i]}${chars[i + 1]}`;
    if (!/\s/.test(piece)) {
      pieces.add(piece);
    }
  }
  return [...pieces];
}

/** `%` and `_` typed by a user are searched for literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The condition "this row's text contains `query`", using the bigram index when it can. Its
 * values go through `b` (named `pattern` and `bigrams`), for statements prepared once per shape.
 */
export function textSearchCondition(
  searchText: AnyColumn,
  searchBigrams: AnyColumn,
  query: string,
  b: Binder = inlineBinder(),
): SQL | undefined {
  const normalized = normalizeSearchText(query);
  if (!normalized) {
    return undefined;
  }
  const pieces = bigramsOfNormalized(normalized);
  const contains = sql`${searchText} like ${b.bind('pattern', likePattern(normalized))}`;
  if (pieces.length === 0) {
    return contains;
  }
  return and(sql`${searchBigrams} @> ${b.bind('bigrams', pieces)}::text[]`, contains);
}
