import { defineNamespace } from '../../core';
import ja from './ja';

/** The administrators' pages: accounts, NDA templates, budget-calendar settings. */
export const adminMessages = defineNamespace({
  name: 'admin',
  ja,
  easyComplete: false,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
