import { defineNamespace } from '../../core';
import ja from './ja';

/** The development mailbox (developers only: no easy Japanese; it falls back to Japanese). */
export const devMailMessages = defineNamespace({
  name: 'devMail',
  ja,
  easyComplete: false,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
