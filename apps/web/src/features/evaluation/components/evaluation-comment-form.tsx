import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { EVALUATION_LIMITS, evaluationCommentBodySchema } from '@kyoso/contracts/evaluations';
import { TextAreaField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCommentOnEvaluationMutation } from '../api/comment-on-evaluation';

/** The proposer's comment on the evaluation (a new one replaces the earlier one). */
export function EvaluationCommentForm({
  proposalId,
  current,
  onDone,
}: {
  proposalId: string;
  current: string;
  onDone: () => void;
}) {
  const t = useT(recordsMessages);
  const comment = useCommentOnEvaluationMutation(proposalId);
  const form = useForm({
    schema: evaluationCommentBodySchema,
    initialValues: { comment: current },
    onSubmit: async (body) => {
      await comment.mutateAsync(body);
      onDone();
    },
  });
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextAreaField
        label={t('evaluation.comment.label')}
        name="comment"
        required
        rows={4}
        maxLength={EVALUATION_LIMITS.text}
        hint={t('evaluation.comment.hint')}
        value={form.values.comment}
        onChange={(v) => form.setValue('comment', v)}
        error={form.errors.comment}
      />
      <button type="submit" className="button" disabled={form.submitting}>
        {t('evaluation.comment.submit')}
      </button>
    </form>
  );
}
