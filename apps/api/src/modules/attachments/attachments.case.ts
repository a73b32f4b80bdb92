/**
 * The proposal's files as part of the case: listed with the proposal (a confidential one without
 * its name for whoever may not read confidential parts yet).
 */
import { defineCasePlugin, type CaseAccess } from '../proposals/proposals.case';
import { presentAttachment } from './attachments.presenter';
import { attachmentsStateSql, type AttachmentState } from './attachments.repository';

export const attachmentsCase = defineCasePlugin<AttachmentState[]>({
  name: 'attachments',
  state: attachmentsStateSql,
  view: (files, access) => ({
    attachments: files.map((file) => presentAttachment(file, access)),
  }),
});

/** The proposal's files, as loaded with the case. */
export function attachmentsOf(access: CaseAccess): AttachmentState[] {
  return (access.states.get(attachmentsCase.name) as AttachmentState[] | undefined) ?? [];
}
