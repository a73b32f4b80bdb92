import { expect, it } from 'vitest';
import { caseTabs, chosenTab } from './case-tabs';

const none = {
  readDecision: false,
  readAgreement: false,
  readMessages: false,
  readDialogues: false,
  readNotes: false,
  readAccessLog: false,
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
      readDecision: true,
      readAgreement: true,
      readMessages: true,
      readDialogues: true,
      readNotes: true,
      readAccessLog: true,
    }),
  ).toEqual(['content', 'decision', 'agreement', 'messages', 'dialogues', 'notes', 'access-log']);
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

it('opens the tab in the address only if the reader may open it', () => {
  expect(chosenTab(['content', 'messages'], 'messages')).toBe('messages');
  expect(chosenTab(['content', 'messages'], 'notes')).toBe('content');
  expect(chosenTab(['content'], null)).toBe('content');
});
