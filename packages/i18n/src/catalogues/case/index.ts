import { defineNamespace } from '../../core';
import ja from './ja';

/** The proposal page, its timeline and the workflow actions' forms. */
export const caseMessages = defineNamespace({
  name: 'case',
  ja,
  easyComplete: [
    'proposal.',
    'status.',
    'calendar.',
    'declined.',
    'draft.',
    'tabs.',
    'content.',
    'timeline.',
    'actions.',
    'left.',
  ],
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
