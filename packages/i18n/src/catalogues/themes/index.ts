import { defineNamespace } from '../../core';
import ja from './ja';

/** The public themes pages. */
export const themesMessages = defineNamespace({
  name: 'themes',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
