import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { CONFIDENTIAL_SECTIONS } from '@kyoso/contracts/proposals';
import { ChoiceGroup, TextField } from '../../../../components/ui/field';
import { useT } from '../../../../lib/i18n';
import type { Draft } from '../../hooks/use-draft';
import { AttachmentsEditor } from '../attachments-editor';
import { DraftText } from '../draft-text';

/** Step 6: the contact person, what is confidential, and the files. */
export function ContactStep({ draft }: { draft: Draft }) {
  const t = useT(proposalFormMessages);
  const td = useT(domainMessages);
  const v = draft.values;
  return (
    <>
      <DraftText draft={draft} name="contactName" rows={1} />
      <TextField
        label={td('field.contactEmail')}
        name="contactEmail"
        type="email"
        autoComplete="email"
        required
        value={v.contactEmail}
        onChange={(s) => draft.setField('contactEmail', s)}
        onBlur={() => void draft.save()}
        error={draft.fieldErrors.contactEmail}
      />
      <ChoiceGroup
        legend={td('field.confidentialSections')}
        hint={t('hint.confidentialSections')}
        name="confidentialSections"
        type="checkbox"
        options={CONFIDENTIAL_SECTIONS.map((s) => ({ value: s, label: td(`section.${s}`) }))}
        selected={v.confidentialSections}
        onChange={(s) =>
          draft.setField(
            'confidentialSections',
            CONFIDENTIAL_SECTIONS.filter((section) => s.includes(section)),
          )
        }
      />
      <AttachmentsEditor
        proposal={draft.proposal}
        onChange={(attachments) => draft.setProposal({ ...draft.proposal, attachments })}
      />
    </>
  );
}
