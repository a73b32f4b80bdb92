/**
 * Every namespace of the catalogue. The API loads them all at start; the web app imports the
 * ones its pages use (`index.ts` of each keeps Japanese in the bundle and fetches the other
 * languages on demand). `catalogues.test.ts` checks each of them in every language.
 */
import type { Namespace } from './core';
import { appMessages } from './catalogues/app';
import { calendarMessages } from './catalogues/calendar';
import { documentMessages } from './catalogues/documents';
import { domainMessages } from './catalogues/domain';
import { emailMessages } from './catalogues/emails';
import { errorMessages } from './catalogues/errors';
import { formatMessages } from './catalogues/formats';
import { themesMessages } from './catalogues/themes';
import { workflowMessages } from './catalogues/workflow';

export const ALL_NAMESPACES: readonly Namespace[] = [
  formatMessages,
  workflowMessages,
  domainMessages,
  errorMessages,
  calendarMessages,
  appMessages,
  themesMessages,
  emailMessages,
  documentMessages,
];
