import { defineNamespace } from '../../core';
import ja from './ja';

/** The web app's shell: layout, navigation, buttons, errors, the home page. */
export const appMessages = defineNamespace({
  name: 'app',
  ja,
  easyComplete: ['app.', 'nav.', 'common.', 'error.', 'home.', 'pager.'],
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
