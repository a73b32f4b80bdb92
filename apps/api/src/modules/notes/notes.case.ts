/** Internal notes as part of the case: city staff in charge only, never the proposer. */
import { defineCasePlugin } from '../proposals/proposals.case';
import { canUseInternalNotes } from './notes.policies';

export const notesCase = defineCasePlugin<undefined>({
  name: 'notes',
  permissions: (_state, access) => {
    const staff = canUseInternalNotes(access.relations);
    return { readNotes: staff, writeNotes: staff && access.proposal.status !== 'draft' };
  },
});
