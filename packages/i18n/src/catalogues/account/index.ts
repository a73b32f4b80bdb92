import { defineNamespace } from '../../core';
import ja from './ja';

/** The account page: profile and language, password, the organisation and its members. */
export const accountMessages = defineNamespace({
  name: 'account',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
