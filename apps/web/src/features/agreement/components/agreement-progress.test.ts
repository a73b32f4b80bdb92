import { describe, expect, it } from 'vitest';
import type { Agreement } from '@kyoso/contracts/agreements';
import { agreementNextStep, signingChecklist } from './agreement-progress';

type State = Pick<Agreement, 'confirmedAt' | 'signedOn' | 'document'>;
const AT = '2026-11-20T01:00:00.000Z';
const DOCUMENT = { fileName: 'a.pdf', sizeBytes: 1, sha256: 'x', uploadedAt: AT };
const recorded: State = { confirmedAt: null, signedOn: null, document: null };
const confirmed: State = { ...recorded, confirmedAt: AT };
const signed: State = { ...confirmed, signedOn: '2026-11-19', document: DOCUMENT };

const lead = { recordAgreement: true, confirmAgreement: false };
const proposer = { recordAgreement: false, confirmAgreement: true };
const reader = { recordAgreement: false, confirmAgreement: false };

describe('what signing still needs', () => {
  it.each([
    [null, [false, false, false]],
    [recorded, [true, false, false]],
    [confirmed, [true, true, false]],
    [{ ...confirmed, document: DOCUMENT }, [true, true, false]],
    [signed, [true, true, true]],
  ] as const)('%#', (state, done) => {
    expect(signingChecklist(state)).toEqual([
      { item: 'terms', done: done[0] },
      { item: 'confirmed', done: done[1] },
      { item: 'document', done: done[2] },
    ]);
  });
});

describe('what the agreement tab says comes next', () => {
  it.each([
    [null, 'agreement', lead, 'staff', 'agreement.next.record'],
    [null, 'agreement', reader, 'staff', 'agreement.next.waitTerms'],
    [null, 'agreement', reader, 'proposer', 'agreement.next.proposer.waitTerms'],
    [recorded, 'agreement', proposer, 'proposer', 'agreement.next.proposer.confirm'],
    [recorded, 'agreement', lead, 'staff', 'agreement.next.waitConfirmation'],
    [confirmed, 'agreement', lead, 'staff', 'agreement.next.upload'],
    [confirmed, 'agreement', reader, 'staff', 'agreement.next.waitSigning'],
    [confirmed, 'agreement', reader, 'proposer', 'agreement.next.proposer.waitSigning'],
    [signed, 'agreement', lead, 'staff', 'agreement.next.ready'],
    [signed, 'agreement', reader, 'proposer', 'agreement.next.proposer.ready'],
    [signed, 'in_progress', reader, 'proposer', 'agreement.next.signed'],
    [recorded, 'withdrawn', reader, 'staff', 'agreement.next.closed'],
  ] as const)('%#: %s', (state, status, can, audience, key) => {
    expect(agreementNextStep(state, status, can, audience)).toBe(key);
  });
});
