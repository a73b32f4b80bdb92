import { expect, it } from 'vitest';
import { caseTabs, chosenTab } from './case-tabs';

const none = {
  readDecision: false,
  readAgreement: false,
  readMessages: false,
  readDialogues: false,
  readNotes: false,
  readAccessLog: false,
  editLogicModel: false,
  editKpis: false,
  reportKpi: false,
  verifyKpi: false,
  readEvaluation: false,
};

it('shows the tabs the API allows, in a fixed order', () => {
  expect(caseTabs(none)).toEqual(['content']);
  expect(caseTabs({ ...none, readNotes: true, readMessages: true })).toEqual([
    'content',
    'messages',
    'notes',
  ]);
  expect(
    caseTabs({
      ...none,
      readDecision: true,
      readAgreement: true,
      readMessages: true,
      readDialogues: true,
      readNotes: true,
      readAccessLog: true,
      reportKpi: true,
      readEvaluation: true,
    }),
  ).toEqual([
    'content',
    'decision',
    'agreement',
    'kpis',
    'evaluation',
    'messages',
    'dialogues',
    'notes',
    'access-log',
  ]);
  expect(caseTabs({ ...none, readDecision: true, readNotes: true })).toEqual([
    'content',
    'decision',
    'notes',
  ]);
  expect(caseTabs({ ...none, readAgreement: true, readMessages: true })).toEqual([
    'content',
    'agreement',
    'messages',
  ]);
});

it.each([
  ['the answer carries a logic model or KPIs', none, { hasKpis: true }, true],
  ['the reader may edit the logic model', { ...none, editLogicModel: true }, undefined, true],
  ['the reader may edit the KPIs', { ...none, editKpis: true }, undefined, true],
  ['the reader may report', { ...none, reportKpi: true }, undefined, true],
  ['the reader may verify', { ...none, verifyKpi: true }, undefined, true],
  ['nothing of the KPIs is given', none, { hasKpis: false }, false],
])('opens the KPI tab when %s', (_name, can, records, shown) => {
  expect(caseTabs(can, records).includes('kpis')).toBe(shown);
});

it('opens the evaluation tab only when the reader may read it', () => {
  expect(caseTabs({ ...none, readEvaluation: true })).toEqual(['content', 'evaluation']);
  expect(caseTabs({ ...none, readEvaluation: false })).toEqual(['content']);
});

it('opens the tab in the address only if the reader may open it', () => {
  expect(chosenTab(['content', 'messages'], 'messages')).toBe('messages');
  expect(chosenTab(['content', 'messages'], 'notes')).toBe('content');
  expect(chosenTab(['content'], null)).toBe('content');
});
