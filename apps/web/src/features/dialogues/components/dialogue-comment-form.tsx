import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import { COLLABORATION_LIMITS, dialogueCommentBodySchema } from '@kyoso/contracts/collaboration';
import { TextAreaField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCommentOnDialogueMutation } from '../api/comment-on-dialogue';

/** A comment on a dialogue record (the lead department or the proposer). */
export function DialogueCommentForm({
  proposalId,
  dialogueId,
}: {
  proposalId: string;
  dialogueId: string;
}) {
  const t = useT(collaborationMessages);
  const comment = useCommentOnDialogueMutation(proposalId, dialogueId);
  const form = useForm({
    schema: dialogueCommentBodySchema,
    initialValues: { body: '' },
    onSubmit: async (body) => {
      await comment.mutateAsync(body);
      form.setValue('body', '');
    },
  });
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextAreaField
        label={t('dialogues.comment')}
        name="body"
        required
        rows={3}
        maxLength={COLLABORATION_LIMITS.comment}
        value={form.values.body}
        onChange={(v) => form.setValue('body', v)}
        error={form.errors.body}
      />
      <button type="submit" className="button button--secondary" disabled={form.submitting}>
        {t('dialogues.sendComment')}
      </button>
    </form>
  );
}
