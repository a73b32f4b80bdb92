import { defineNamespace } from '../../core';
import ja from './ja';

/** The city's year: phases, council sessions, after-cutoff notices (API and web). */
export const calendarMessages = defineNamespace({
  name: 'calendar',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
