import { z } from 'zod';
import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { COLLABORATION_LIMITS, createNoteBodySchema } from '@kyoso/contracts/collaboration';
import { ChoiceGroup, TextAreaField } from '../../../components/ui/field';
import { ErrorSummary, LoadError, Loading } from '../../../components/ui/feedback';
import { useAuth } from '../../../lib/auth';
import { useForm } from '../../../lib/form';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useAddNoteMutation } from '../api/add-note';
import { useMentionable } from '../api/get-mentionable';
import { useNotes } from '../api/get-notes';

const noteFormSchema = createNoteBodySchema.extend({ mentionedUserIds: z.array(z.string()) });

function NoteForm({ proposalId }: { proposalId: string }) {
  const t = useT(collaborationMessages);
  const tw = useT(workflowMessages);
  const { l } = useI18n();
  const { user } = useAuth();
  const colleagues = useMentionable(proposalId);
  const add = useAddNoteMutation(proposalId);
  const form = useForm({
    schema: noteFormSchema,
    initialValues: { body: '', mentionedUserIds: [] as string[] },
    onSubmit: async (values) => {
      await add.mutateAsync(values);
      form.setValues(() => ({ body: '', mentionedUserIds: [] }));
    },
  });
  const others = (colleagues.data?.users ?? []).filter((u) => u.id !== user?.id);
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextAreaField
        label={t('notes.body')}
        name="body"
        required
        rows={3}
        maxLength={COLLABORATION_LIMITS.noteBody}
        value={form.values.body}
        onChange={(v) => form.setValue('body', v)}
        error={form.errors.body}
      />
      {others.length > 0 ? (
        <ChoiceGroup
          legend={t('notes.mentions')}
          name="mentionedUserIds"
          type="checkbox"
          options={others.map((u) => ({
            value: u.id,
            label: t('notes.colleague', {
              name: u.name,
              where: u.department ? l(u.department.name) : tw(`role.${u.role}`),
            }),
          }))}
          selected={form.values.mentionedUserIds}
          onChange={(v) => form.setValue('mentionedUserIds', v)}
          error={form.errors.mentionedUserIds}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {t('notes.add')}
        </button>
      </div>
    </form>
  );
}

/** Internal notes of the city staff in charge. Never shown to the proposer. */
export function NotesPanel({ proposalId, canWrite }: { proposalId: string; canWrite: boolean }) {
  const t = useT(collaborationMessages);
  const { l, language } = useI18n();
  const notes = useNotes(proposalId);
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes.title')}</h2>
      <p className="muted">{t('notes.intro')}</p>
      {notes.isPending ? <Loading /> : null}
      {notes.isError ? (
        <LoadError error={notes.error} onRetry={() => void notes.refetch()} />
      ) : null}
      {notes.data && notes.data.notes.length === 0 ? <p>{t('notes.none')}</p> : null}
      <ol className="thread">
        {notes.data?.notes.map((n) => (
          <li key={n.id} className="thread__item thread__item--note">
            <p className="thread__head">
              <strong>
                {[n.author.department ? l(n.author.department.name) : null, n.author.name]
                  .filter(Boolean)
                  .join(' ・ ')}
              </strong>{' '}
              ・ <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, language)}</time>
            </p>
            <p className="thread__body">{n.body}</p>
            {n.mentioned.length > 0 ? (
              <p className="muted">
                {t('notes.notified', { names: n.mentioned.map((m) => `@${m.name}`).join(' ') })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {canWrite ? <NoteForm proposalId={proposalId} /> : null}
    </section>
  );
}
