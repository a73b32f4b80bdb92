import { defineNamespace } from '../../core';
import ja from './ja';

/** The web app's shell: layout, navigation, buttons, errors; sign-in and account pages. */
export const appMessages = defineNamespace({
  name: 'app',
  ja,
  easyComplete: ['app.', 'nav.', 'common.', 'error.'],
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
