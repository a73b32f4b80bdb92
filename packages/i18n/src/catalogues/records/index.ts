import { defineNamespace } from '../../core';
import ja from './ja';

/**
 * The records of STEPs 4–6: the decision on the published criteria, the agreement, the logic
 * model and KPIs, the evaluation and the SROI (API answers, e-mails and the case page). The
 * proposer reads all of it, so やさしい日本語 is complete.
 */
export const recordsMessages = defineNamespace({
  name: 'records',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
