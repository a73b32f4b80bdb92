/**
 * The confidential access log as part of the case: every time city staff are shown the
 * confidential sections (any answer that carries the case) or open a confidential file, it is
 * written down; the proposer and the desk read it.
 */
import { defineCasePlugin } from '../proposals/proposals.case';
import {
  canReadAccessLog,
  logConfidentialFileOpened,
  logConfidentialSectionsShown,
} from './access-log.service';

export const accessLogCase = defineCasePlugin<undefined>({
  name: 'access-log',
  permissions: (_state, access) => ({ readAccessLog: canReadAccessLog(access) }),
  onShown: (_state, { db, actor, access }) => logConfidentialSectionsShown(db, actor, access),
  onFileOpened: ({ db, actor, access, file }) => logConfidentialFileOpened(db, actor, access, file),
});
