import { describe, expect, it } from 'vitest';
import type { NdaState } from '../api/get-nda';
import { nextStepKey } from './nda-next-step';

const can = { open: false, sign: false, countersign: false, download: false };

function state(status: string | null, allowed: Partial<typeof can> = {}): NdaState {
  return {
    nda: status ? ({ status } as NdaState['nda']) : null,
    skippable: false,
    can: { ...can, ...allowed },
  };
}

describe('what the NDA page says comes next', () => {
  it.each([
    [state(null, { open: true }), 'nda', 'proposer', 'next.proposer.open'],
    [state(null, { open: true }), 'nda', 'staff', 'staff.next.open'],
    [state(null), 'dialogue', 'staff', 'next.notStarted'],
    [state(null), 'awaiting_department', 'proposer', 'next.beforeStep3'],
    [state('awaiting_proposer', { sign: true }), 'nda', 'proposer', 'next.sign'],
    [state('awaiting_proposer'), 'nda', 'staff', 'next.awaitingProposer'],
    [state('awaiting_city', { countersign: true }), 'nda', 'staff', 'countersign.next'],
    [state('awaiting_city'), 'nda', 'proposer', 'next.proposer.awaitingCity'],
    [state('awaiting_city'), 'nda', 'staff', 'staff.next.awaitingCity'],
    [state('in_effect'), 'dialogue', 'proposer', 'next.inEffect'],
    [state('void'), 'nda', 'proposer', 'next.void'],
  ] as const)('%#: %s', (nda, status, audience, key) => {
    expect(nextStepKey(nda, status, audience)).toBe(key);
  });
});
