import { defineNamespace } from '../../core';
import ja from './ja';

/** The e-mails (API only): layout, subjects and every template's sentences. */
export const emailMessages = defineNamespace({
  name: 'emails',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
