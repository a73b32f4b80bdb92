import { defineNamespace } from '../../core';
import ja from './ja';

/** Kinds, options and field names (forms, the API's error messages, e-mails). */
export const domainMessages = defineNamespace({
  name: 'domain',
  ja,
  // Everything a proposer reads; the desk's decline templates stay in Japanese.
  easyComplete: [
    'kind.',
    'cityBudget.',
    'resource.',
    'section.',
    'field.',
    'organizationKind.',
    'attachmentKind.',
    'policyArea.',
    'themeWindow.',
    'dueState.',
    'account.',
  ],
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
