import { describe, expect, it } from 'vitest';
import { canAskQuestion, canManageTheme, themeCan } from './themes.policies';

const dept = { role: 'department' as const, departmentId: 'd1' };
const other = { role: 'department' as const, departmentId: 'd2' };
const desk = { role: 'coordinator' as const, departmentId: null };
const proposer = { role: 'proposer' as const, departmentId: null };

describe('theme policies', () => {
  it.each([
    ['draft', dept, { edit: true, submit: true, publish: false, amend: false }],
    ['draft', other, { edit: false, submit: false }],
    ['draft', desk, { edit: false, publish: false }],
    ['in_review', desk, { publish: true, sendBack: true, edit: false }],
    ['in_review', dept, { publish: false, sendBack: false, edit: false }],
    ['published', dept, { amend: true, close: true, answer: true, edit: false }],
    ['published', other, { amend: false, close: false, answer: false }],
    ['closed', dept, { amend: false, close: false, answer: true }],
  ] as const)('a %s theme, for %o', (status, actor, expected) => {
    expect(themeCan(actor, { departmentId: 'd1', status })).toMatchObject(expected);
  });

  it('lets the department, the desk and administrators manage; proposers ask on published themes', () => {
    const theme = { departmentId: 'd1', status: 'published' as const };
    expect(canManageTheme(dept, theme)).toBe(true);
    expect(canManageTheme(desk, theme)).toBe(true);
    expect(canManageTheme(other, theme)).toBe(false);
    expect(canManageTheme(proposer, theme)).toBe(false);
    expect(canManageTheme(null, theme)).toBe(false);
    expect(canAskQuestion(proposer, theme)).toBe(true);
    expect(canAskQuestion(dept, theme)).toBe(false);
    expect(canAskQuestion(proposer, { ...theme, status: 'closed' })).toBe(false);
  });
});
