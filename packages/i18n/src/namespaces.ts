/**
 * Every namespace of the catalogue. The API loads them all at start; the web app imports the
 * ones its pages use (`index.ts` of each keeps Japanese in the bundle and fetches the other
 * languages on demand). `catalogues.test.ts` checks each of them in every language.
 */
import type { Namespace } from './core';
import { accountMessages } from './catalogues/account';
import { adminMessages } from './catalogues/admin';
import { appMessages } from './catalogues/app';
import { authMessages } from './catalogues/auth';
import { calendarMessages } from './catalogues/calendar';
import { calendarPageMessages } from './catalogues/calendar-page';
import { caseMessages } from './catalogues/case';
import { collaborationMessages } from './catalogues/collaboration';
import { devMailMessages } from './catalogues/dev-mail';
import { documentMessages } from './catalogues/documents';
import { domainMessages } from './catalogues/domain';
import { emailMessages } from './catalogues/emails';
import { errorMessages } from './catalogues/errors';
import { formatMessages } from './catalogues/formats';
import { guideMessages } from './catalogues/guide';
import { inboxMessages } from './catalogues/inbox';
import { myProposalsMessages } from './catalogues/my-proposals';
import { ndaMessages } from './catalogues/nda';
import { proposalFormMessages } from './catalogues/proposal-form';
import { recordsMessages } from './catalogues/records';
import { resultsMessages } from './catalogues/results';
import { routingMessages } from './catalogues/routing';
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
  recordsMessages,
  resultsMessages,
  authMessages,
  accountMessages,
  devMailMessages,
  guideMessages,
  calendarPageMessages,
  proposalFormMessages,
  myProposalsMessages,
  inboxMessages,
  routingMessages,
  adminMessages,
  collaborationMessages,
  ndaMessages,
  caseMessages,
  emailMessages,
  documentMessages,
];
