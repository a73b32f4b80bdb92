import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import {
  COLLABORATION_LIMITS,
  DIALOGUE_ROUNDS,
  dialogueInputSchema,
  type Dialogue,
} from '@kyoso/contracts/collaboration';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useSaveDialogueMutation } from '../api/save-dialogue';
import { ActionItemFields, emptyActionItem, type ActionItemValues } from './action-item-fields';
import { FormButtons } from '../../../components/ui/form-buttons';

type DialogueValues = {
  round: string;
  heldOn: string;
  cityAttendees: string;
  proposerAttendees: string;
  minutes: string;
  actionItems: ActionItemValues[];
};

function toValues(d: Dialogue | null, nextRound: 1 | 2): DialogueValues {
  if (!d) {
    return {
      round: String(nextRound),
      heldOn: '',
      cityAttendees: '',
      proposerAttendees: '',
      minutes: '',
      actionItems: [],
    };
  }
  return {
    round: String(d.round),
    heldOn: d.heldOn,
    cityAttendees: d.cityAttendees,
    proposerAttendees: d.proposerAttendees,
    minutes: d.minutes,
    actionItems: d.actionItems.map((i) => ({
      description: i.description,
      ownerSide: i.ownerSide,
      ownerName: i.ownerName,
      dueOn: i.dueOn ?? '',
    })),
  };
}

/** The lead department's form: a new record, or a correction of one not yet confirmed. */
export function DialogueForm({
  proposalId,
  existing,
  nextRound,
  onDone,
  onCancel,
}: {
  proposalId: string;
  existing: Dialogue | null;
  nextRound: 1 | 2;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT(collaborationMessages);
  const save = useSaveDialogueMutation(proposalId);
  const form = useForm({
    schema: dialogueInputSchema,
    initialValues: toValues(existing, nextRound),
    toRequest: (v) => ({
      ...v,
      round: Number(v.round),
      actionItems: v.actionItems.map((i) => ({ ...i, dueOn: i.dueOn || null })),
    }),
    onSubmit: async (body) => {
      await save.mutateAsync({ dialogueId: existing?.id ?? null, body });
      onDone();
    },
  });
  const setItem = (index: number, patch: Partial<ActionItemValues>) =>
    form.setValue(
      'actionItems',
      form.values.actionItems.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    );
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h3>{t(existing ? 'dialogueForm.correct' : 'dialogueForm.new')}</h3>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <SelectField
        label={t('dialogueForm.round')}
        name="round"
        required
        value={form.values.round}
        onChange={(v) => form.setValue('round', v)}
        options={DIALOGUE_ROUNDS.map((n) => ({
          value: String(n),
          label: t(`dialogues.round.${n}`),
        }))}
        error={form.errors.round}
      />
      <TextField
        label={t('dialogues.heldOn')}
        name="heldOn"
        type="date"
        required
        value={form.values.heldOn}
        onChange={(v) => form.setValue('heldOn', v)}
        error={form.errors.heldOn}
      />
      <TextField
        label={t('dialogues.cityAttendees')}
        name="cityAttendees"
        required
        value={form.values.cityAttendees}
        onChange={(v) => form.setValue('cityAttendees', v)}
        maxLength={COLLABORATION_LIMITS.attendees}
        error={form.errors.cityAttendees}
      />
      <TextField
        label={t('dialogues.proposerAttendees')}
        name="proposerAttendees"
        required
        value={form.values.proposerAttendees}
        onChange={(v) => form.setValue('proposerAttendees', v)}
        maxLength={COLLABORATION_LIMITS.attendees}
        error={form.errors.proposerAttendees}
      />
      <TextAreaField
        label={t('dialogues.minutes')}
        name="minutes"
        required
        rows={8}
        value={form.values.minutes}
        onChange={(v) => form.setValue('minutes', v)}
        maxLength={COLLABORATION_LIMITS.minutes}
        error={form.errors.minutes}
        hint={t(
          form.values.round === '2' ? 'dialogueForm.minutesHint.2' : 'dialogueForm.minutesHint.1',
        )}
      />
      <fieldset className="fieldset-group">
        <legend>{t('dialogueForm.actionItems')}</legend>
        {form.values.actionItems.map((item, index) => (
          <ActionItemFields
            key={index}
            index={index}
            item={item}
            errors={form.errors}
            onChange={(patch) => setItem(index, patch)}
            onRemove={() =>
              form.setValue(
                'actionItems',
                form.values.actionItems.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        {form.values.actionItems.length < COLLABORATION_LIMITS.actionItems ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              form.setValue('actionItems', [...form.values.actionItems, emptyActionItem()])
            }
          >
            {t('dialogueForm.item.add')}
          </button>
        ) : null}
      </fieldset>
      <FormButtons
        submitting={form.submitting}
        label={t('dialogueForm.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
