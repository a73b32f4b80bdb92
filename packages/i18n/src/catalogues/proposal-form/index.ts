import { defineNamespace } from '../../core';
import ja from './ja';

/** Writing a proposal: starting one, the seven steps, files, the review, the receipt. */
export const proposalFormMessages = defineNamespace({
  name: 'proposalForm',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
