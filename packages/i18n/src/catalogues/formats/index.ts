import { defineNamespace } from '../../core';
import ja from './ja';

/** Patterns for dates, times, amounts and fiscal years (used by `format.ts`). */
export const formatMessages = defineNamespace({
  name: 'formats',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
