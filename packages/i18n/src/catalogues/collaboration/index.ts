import { defineNamespace } from '../../core';
import ja from './ja';

/** Messages, dialogue records, the access log, files, internal notes and the first check. */
export const collaborationMessages = defineNamespace({
  name: 'collaboration',
  ja,
  // What the proposer reads; the record form, notes and the first check are staff only.
  easyComplete: ['messages.', 'dialogues.', 'accessLog.', 'files.'],
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
