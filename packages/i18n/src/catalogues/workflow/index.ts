import { defineNamespace } from '../../core';
import ja from './ja';

/** The six STEPs, statuses, actions, reasons and outcomes (API and web). */
export const workflowMessages = defineNamespace({
  name: 'workflow',
  ja,
  easyComplete: true,
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
