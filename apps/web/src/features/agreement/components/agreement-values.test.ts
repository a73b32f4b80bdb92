import { describe, expect, it } from 'vitest';
import { agreementInputSchema, type Agreement } from '@kyoso/contracts/agreements';
import {
  changeAgreementValues,
  toAgreementRequest,
  toAgreementValues,
  type AgreementValues,
} from './agreement-values';

const filled: AgreementValues = {
  type: 'pilot',
  contractMethod: '',
  openCall: false,
  openCallProtection: '',
  parties: [
    { name: '北九州市', representative: '北九州市長' },
    { name: '株式会社みまもりテック', representative: '代表取締役 見守 花子' },
  ],
  startsOn: '2027-04-01',
  endsOn: '2028-03-31',
  cityCommitments: '通いの場の紹介',
  companyCommitments: '体操教室の運営',
  councilVote: 'none',
  councilSessionMonth: '',
};

/** A council session's name (the calendar's words, not under test here). */
const SESSION = '令和9年2月〜3月定例会';

const recorded: Agreement = {
  version: 2,
  type: 'contract',
  contractMethod: 'open_proposal',
  openCall: true,
  openCallProtection: '独自の指導方法は仕様書に書きません。',
  originalityJustification: null,
  parties: filled.parties,
  startsOn: '2027-04-01',
  endsOn: '2028-03-31',
  cityCommitments: 'a',
  companyCommitments: 'b',
  councilVote: 'budget',
  councilSession: {
    startMonth: '2027-02',
    endMonth: '2027-03',
    label: { ja: SESSION, en: SESSION },
    passesInitialBudget: true,
  },
  signedOn: null,
  document: null,
  confirmedAt: null,
  recordedAt: '2026-11-20T01:00:00.000Z',
  recordedBy: null,
  confirmedBy: null,
  publicSummary: null,
};

/** The paths the contract refuses in the request the form would send. */
function refusals(values: AgreementValues): string[] {
  const parsed = agreementInputSchema.safeParse(toAgreementRequest(values, 0));
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
}

describe('the agreement form’s first values', () => {
  it('start a new agreement between a party to name and the proposer’s organisation', () => {
    const values = toAgreementValues(null, {
      organizationName: '株式会社みまもりテック',
      suggestedSessionMonth: null,
    });
    expect(values.parties).toEqual([
      { name: '', representative: '' },
      { name: '株式会社みまもりテック', representative: '' },
    ]);
    expect(values.councilVote).toBe('none');
  });

  it('take the council session the calendar suggests as a budget vote', () => {
    const values = toAgreementValues(null, {
      organizationName: 'X',
      suggestedSessionMonth: '2027-02',
    });
    expect([values.councilVote, values.councilSessionMonth]).toEqual(['budget', '2027-02']);
  });

  it('revise the latest version as it was recorded', () => {
    const values = toAgreementValues(recorded, {
      organizationName: 'X',
      suggestedSessionMonth: null,
    });
    expect(values).toMatchObject({
      type: 'contract',
      contractMethod: 'open_proposal',
      openCall: true,
      councilVote: 'budget',
      councilSessionMonth: '2027-02',
    });
    expect(toAgreementRequest(values, 2)).toMatchObject({ expectedVersion: 2 });
    expect(refusals(values)).toEqual([]);
  });
});

describe('a change on the agreement form', () => {
  it.each([
    ['another type clears the method', 'type', 'pilot', { contractMethod: '' }],
    [
      'an open call for proposals ticks the open call',
      'contractMethod',
      'open_proposal',
      { openCall: true },
    ],
    ['a tender ticks the open call', 'contractMethod', 'tender', { openCall: true }],
    [
      'a negotiated contract leaves it as it was',
      'contractMethod',
      'negotiated',
      { openCall: false },
    ],
  ] as const)('%s', (_name, key, value, expected) => {
    const start: AgreementValues = { ...filled, type: 'contract', contractMethod: 'negotiated' };
    expect(changeAgreementValues(start, key, value)).toMatchObject(expected);
  });
});

describe('the request the form sends', () => {
  it.each<[string, Partial<AgreementValues>, string[]]>([
    ['a pilot agreement without council vote', {}, []],
    ['a contract needs its method', { type: 'contract' }, ['contractMethod']],
    ['a negotiated contract', { type: 'contract', contractMethod: 'negotiated' }, []],
    [
      'an open method without open call is refused',
      { type: 'contract', contractMethod: 'tender', openCall: false },
      ['openCall'],
    ],
    [
      'an open call says how confidential material is protected',
      { openCall: true },
      ['openCallProtection'],
    ],
    ['the end is not before the start', { endsOn: '2027-03-31' }, ['endsOn']],
    ['a council vote needs its session', { councilVote: 'ordinance' }, ['councilSessionMonth']],
    [
      'a council vote with its session',
      { councilVote: 'both', councilSessionMonth: '2027-06' },
      [],
    ],
    ['two parties at least', { parties: [filled.parties[0]!] }, ['parties']],
  ])('%s', (_name, patch, paths) => {
    expect(refusals({ ...filled, ...patch })).toEqual(paths);
  });

  it('leaves out what does not apply', () => {
    const body = toAgreementRequest(
      {
        ...filled,
        type: 'pilot',
        contractMethod: 'negotiated',
        openCall: false,
        openCallProtection: 'old text',
        councilVote: 'none',
        councilSessionMonth: '2027-02',
      },
      3,
    );
    expect(body).toMatchObject({
      contractMethod: null,
      openCallProtection: '',
      councilSessionMonth: null,
      expectedVersion: 3,
    });
  });
});
