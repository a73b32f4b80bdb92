/**
 * The parts of a case, in one list: each STEP record plugs into the case core here, with one
 * line (see docs/ARCHITECTURE.md, "Adding a STEP record"). `buildApp()` and the demo seed build
 * the case core from this list.
 */
import { accessLogCase } from './modules/access-log/access-log.case';
import { agreementsCase } from './modules/agreements/agreements.case';
import { attachmentsCase } from './modules/attachments/attachments.case';
import { decisionsCase } from './modules/decisions/decisions.case';
import { dialoguesCase } from './modules/dialogues/dialogues.case';
import { messagesCase } from './modules/messages/messages.case';
import { ndasCase } from './modules/ndas/ndas.case';
import { notesCase } from './modules/notes/notes.case';
import { createCaseCore, type AnyCasePlugin } from './modules/proposals/proposals.case';

export const CASE_PLUGINS: readonly AnyCasePlugin[] = [
  attachmentsCase,
  ndasCase,
  dialoguesCase,
  decisionsCase,
  agreementsCase,
  messagesCase,
  notesCase,
  accessLogCase,
];

/** The case core with every plugin. */
export function createCases() {
  return createCaseCore(CASE_PLUGINS);
}
