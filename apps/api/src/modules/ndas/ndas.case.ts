/**
 * The NDA as part of the case: it lets the departments in charge read the confidential parts
 * once both sides signed, and it settles the `nda_settled` guard of `start_dialogue` (an NDA in
 * effect, or nothing confidential to protect).
 */
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { attachmentsOf } from '../attachments/attachments.case';
import { defineCasePlugin, type CaseAccess } from '../proposals/proposals.case';
import { ndaPermissions } from './ndas.policies';
import { activeNdaStateSql, ndaInEffectSql, type NdaState } from './ndas.repository';

export const ndasCase = defineCasePlugin<NdaState | null>({
  name: 'ndas',
  state: activeNdaStateSql,
  unlocksConfidential: (nda) => nda?.status === 'in_effect',
  unlocksConfidentialSql: ndaInEffectSql,
  guards: {
    nda_settled: (nda, { access }) => nda?.status === 'in_effect' || isNdaSkippable(access),
  },
  permissions: (nda, access) => {
    const may = ndaPermissions(access.relations, access.proposal.status, nda);
    return {
      readNda: may.read || may.open,
      openNda: may.open,
      signNda: may.sign,
      countersignNda: may.countersign,
    };
  },
  events: {
    nda_opened: () => textOf(workflowMessages, 'event.nda_opened'),
    nda_signed: () => textOf(workflowMessages, 'event.nda_signed'),
    nda_in_effect: () => textOf(workflowMessages, 'event.nda_in_effect'),
  },
});

/** The proposal's NDA as loaded with the case (null before it is opened). */
export function ndaOf(access: CaseAccess): NdaState | null {
  return (access.states.get(ndasCase.name) as NdaState | null | undefined) ?? null;
}

/**
 * The proposer declared nothing confidential (no section, no file): the dialogue may start
 * without an NDA.
 */
export function isNdaSkippable(access: CaseAccess): boolean {
  return (
    access.proposal.confidentialSections.length === 0 &&
    attachmentsOf(access).every((file) => !file.confidential)
  );
}
