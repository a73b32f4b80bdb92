import { describe, expect, it } from 'vitest';
import { receivesDigests } from './digests';

describe('receivesDigests', () => {
  it.each([
    ['coordinator', true],
    ['department', true],
    ['admin', false],
    ['proposer', false],
  ] as const)('%s → %s', (role, expected) => {
    expect(receivesDigests(role)).toBe(expected);
  });
});
