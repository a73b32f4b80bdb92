import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import { COLLABORATION_LIMITS } from '@kyoso/contracts/collaboration';
import { SelectField, TextField } from '../../../components/ui/field';
import { useT } from '../../../lib/i18n';

export type ActionItemValues = {
  description: string;
  ownerSide: string;
  ownerName: string;
  dueOn: string;
};

export function emptyActionItem(): ActionItemValues {
  return { description: '', ownerSide: 'proposer', ownerName: '', dueOn: '' };
}

/** One action item of a record being written: what, whose side, who, by when. */
export function ActionItemFields({
  index,
  item,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  item: ActionItemValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<ActionItemValues>) => void;
  onRemove: () => void;
}) {
  const t = useT(collaborationMessages);
  const number = index + 1;
  const path = `actionItems.${index}`;
  return (
    <div className="card" role="group" aria-label={t('dialogueForm.item.group', { number })}>
      <TextField
        label={t('dialogueForm.item.description', { number })}
        name={`${path}.description`}
        required
        maxLength={COLLABORATION_LIMITS.actionItemText}
        value={item.description}
        onChange={(v) => onChange({ description: v })}
        error={errors[`${path}.description`]}
      />
      <SelectField
        label={t('dialogueForm.item.side')}
        name={`${path}.ownerSide`}
        required
        value={item.ownerSide}
        onChange={(v) => onChange({ ownerSide: v })}
        options={(['city', 'proposer'] as const).map((side) => ({
          value: side,
          label: t(`dialogues.side.${side}`),
        }))}
      />
      <TextField
        label={t('dialogueForm.item.owner')}
        name={`${path}.ownerName`}
        required
        value={item.ownerName}
        onChange={(v) => onChange({ ownerName: v })}
        error={errors[`${path}.ownerName`]}
      />
      <TextField
        label={t('dialogueForm.item.due')}
        name={`${path}.dueOn`}
        type="date"
        markOptional
        value={item.dueOn}
        onChange={(v) => onChange({ dueOn: v })}
        error={errors[`${path}.dueOn`]}
      />
      <button type="button" className="button button--ghost button--small" onClick={onRemove}>
        {t('dialogueForm.item.remove', { number })}
      </button>
    </div>
  );
}
