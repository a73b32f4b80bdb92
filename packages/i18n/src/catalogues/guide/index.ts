import { defineNamespace } from '../../core';
import ja from './ja';

/** The proposal guide: the four points, the STEPs, what the city offers, FAQ, privacy, terms. */
export const guideMessages = defineNamespace({
  name: 'guide',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
