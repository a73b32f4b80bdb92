import { defineNamespace } from '../../core';
import ja from './ja';

/** The routing report and the suggested departments (city staff only). */
export const routingMessages = defineNamespace({
  name: 'routing',
  ja,
  easyComplete: false,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
