import { defineNamespace } from '../../core';
import ja from './ja';

/** The desk's inbox and the departments' lists (city staff only). */
export const inboxMessages = defineNamespace({
  name: 'inbox',
  ja,
  easyComplete: false,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
