import { defineNamespace } from '../../core';
import ja from './ja';

/** The public budget-calendar page (the phases' own words are in the `calendar` namespace). */
export const calendarPageMessages = defineNamespace({
  name: 'calendarPage',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
