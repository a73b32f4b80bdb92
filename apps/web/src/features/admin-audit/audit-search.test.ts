import { describe, expect, it } from 'vitest';
import { pageCount, readAuditSearch, writeAuditSearch } from './audit-search';

describe('the audit log’s address', () => {
  it.each([
    ['', {}, 1],
    ['?person=%E7%94%B0%E4%B8%AD&page=3', { person: '田中' }, 3],
    ['?reference=+KY-2026-00012+&action=', { reference: 'KY-2026-00012' }, 1],
    ['?from=2026-04-01&to=yesterday', { from: '2026-04-01' }, 1],
    ['?page=0', {}, 1],
    ['?page=abc', {}, 1],
    ['?page=2.7&unknown=1', {}, 2],
  ])('reads %s', (search, filters, page) => {
    expect(readAuditSearch(new URLSearchParams(search))).toEqual({ filters, page });
  });

  it('writes the filters back without blanks or the page', () => {
    expect(writeAuditSearch({ person: ' 田中 ', action: '', to: '2026-11-30' }).toString()).toBe(
      'person=%E7%94%B0%E4%B8%AD&to=2026-11-30',
    );
  });

  it.each([
    [0, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [1000, 200, 5],
  ])('%i entries of %i a page fill %i pages', (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });
});
