/** The message thread as part of the case: who reads it and who writes in it. */
import { defineCasePlugin } from '../proposals/proposals.case';
import { canReadMessages, canWriteMessage } from './messages.policies';

export const messagesCase = defineCasePlugin<undefined>({
  name: 'messages',
  permissions: (_state, access) => ({
    readMessages: access.proposal.status !== 'draft' && canReadMessages(access.relations),
    writeMessages: canWriteMessage(access.relations, access.proposal.status),
  }),
});
