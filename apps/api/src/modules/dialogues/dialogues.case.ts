/**
 * The dialogue records as part of the case: they answer for the guards of `send_to_review`
 * (Dialogue ② recorded, and confirmed by the proposer — or a reason the proposer reads), and say
 * who may record, confirm and comment.
 */
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { defineCasePlugin } from '../proposals/proposals.case';
import { canRecordDialogue, dialogueParticipant } from './dialogues.policies';
import { dialogueRoundsSql, type DialogueRoundState } from './dialogues.repository';

/** Round ① or ② as the sentences of the catalogue write it. */
function roundMark(round: unknown): string {
  return round === 2 ? '②' : '①';
}

function round(rounds: readonly DialogueRoundState[], n: 1 | 2) {
  return rounds.find((r) => r.round === n);
}

export const dialoguesCase = defineCasePlugin<DialogueRoundState[]>({
  name: 'dialogues',
  state: dialogueRoundsSql,
  guards: {
    dialogue_2_recorded: (rounds) => round(rounds, 2) !== undefined,
    dialogue_2_confirmed: (rounds) => round(rounds, 2)?.confirmed === true,
  },
  permissions: (rounds, access) => {
    const participant = dialogueParticipant(access.relations);
    const status = access.proposal.status;
    return {
      readDialogues: rounds.length > 0 || status === 'dialogue',
      // Each round is recorded once (then corrected until the proposer confirms it).
      recordDialogue:
        canRecordDialogue(access.relations, status) === 'yes' && round(rounds, 2) === undefined,
      confirmDialogue: participant === 'proposer' && rounds.some((r) => !r.confirmed),
      commentDialogue: participant !== null && rounds.length > 0,
    };
  },
  events: {
    dialogue_recorded: (event) =>
      textOf(workflowMessages, 'event.dialogue_recorded', { round: roundMark(event.data.round) }),
    dialogue_confirmed: (event) =>
      textOf(workflowMessages, 'event.dialogue_confirmed', { round: roundMark(event.data.round) }),
  },
});
