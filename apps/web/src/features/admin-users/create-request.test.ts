import { describe, expect, it } from 'vitest';
import { createStaffUserBodySchema } from '@kyoso/contracts/users';
import { fieldLabel, formatIssue, issuePath } from '@kyoso/i18n/validation';
import { tokyoDate, toCreateRequest } from './create-request';

const values = { email: 'new@city.example.jp', name: '新任 職員', language: 'ja' };

/** What the form says about each field, as `lib/form.ts` words it. */
function problems(request: unknown): Record<string, string> {
  const parsed = createStaffUserBodySchema.safeParse(request, { reportInput: true });
  return Object.fromEntries(
    (parsed.error?.issues ?? []).map((issue) => {
      const path = issuePath(issue.path);
      return [path, formatIssue(issue, 'ja', fieldLabel(path, 'ja'))];
    }),
  );
}

describe('a new staff account', () => {
  it('of a department without one is refused, naming the field', () => {
    expect(problems(toCreateRequest({ ...values, role: 'department', departmentId: '' }))).toEqual({
      departmentId: '「所属部署」を選んでください（必須）。',
    });
  });

  it.each(['coordinator', 'admin'])('of the %s role may have no department', (role) => {
    const request = toCreateRequest({ ...values, role, departmentId: '' });
    expect(request.departmentId).toBeNull();
    expect(problems(request)).toEqual({});
  });

  it('keeps the department chosen', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(toCreateRequest({ ...values, role: 'coordinator', departmentId: id }).departmentId).toBe(
      id,
    );
  });
});

describe("an account's creation date", () => {
  it.each([
    ['2026-11-20T01:00:00Z', '2026-11-20'],
    ['2026-11-19T15:00:00Z', '2026-11-20'],
    ['2026-11-19T14:59:59Z', '2026-11-19'],
  ])('%s is %s in Japan', (instant, date) => {
    expect(tokyoDate(instant)).toBe(date);
  });
});
