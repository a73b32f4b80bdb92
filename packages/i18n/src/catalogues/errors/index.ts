import { defineNamespace } from '../../core';
import ja from './ja';

/** Error messages by code, validation rules and zod issues (API and web). */
export const errorMessages = defineNamespace({
  name: 'errors',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
