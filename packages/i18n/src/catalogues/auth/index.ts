import { defineNamespace } from '../../core';
import ja from './ja';

/** Signing in and out: log in, register, verify the address, reset or set a password, join. */
export const authMessages = defineNamespace({
  name: 'auth',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
