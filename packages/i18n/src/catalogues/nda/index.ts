import { defineNamespace } from '../../core';
import ja from './ja';

/** The NDA page and summary; the city's countersignature is staff only. */
export const ndaMessages = defineNamespace({
  name: 'nda',
  ja,
  easyComplete: [
    'page.',
    'status.',
    'next.',
    'notice.',
    'skippable.',
    'open.',
    'agreement.',
    'download.',
    'signatures.',
    'signature.',
    'sign.',
    'summary.',
  ],
  load: { en: () => import('./en'), easy: () => import('./easy') },
});
