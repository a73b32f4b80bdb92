import { defineNamespace } from '../../core';
import ja from './ja';

/**
 * The public results: the cases anyone may read and the statistics of the process, with their
 * open data. Public pages, so やさしい日本語 is complete.
 */
export const resultsMessages = defineNamespace({
  name: 'results',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
