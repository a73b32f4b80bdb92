import { defineNamespace } from '../../core';
import ja from './ja';

/** Documents the API writes: the signed NDA (PDF) and the inbox as CSV. */
export const documentMessages = defineNamespace({
  name: 'documents',
  ja,
  easyComplete: false,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
