import { defineNamespace } from '../../core';
import ja from './ja';

/** A proposer's list of their organisation's proposals. */
export const myProposalsMessages = defineNamespace({
  name: 'myProposals',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
