import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { z } from 'zod';
import { COLLABORATION_LIMITS, createNoteBodySchema } from '@kyoso/contracts/collaboration';
import type { Proposal } from '@kyoso/contracts/proposals';
import type { Role } from '@kyoso/contracts/roles';
import type { LocalizedText } from '@kyoso/i18n/languages';
import { ChoiceGroup, TextAreaField } from '../../components/ui/field';
import { ErrorSummary, LoadError, Loading } from '../../components/ui/feedback';
import { api } from '../../lib/api-client';
import { useAuth } from '../../lib/auth';
import { useForm } from '../../lib/form';
import { formatDateTime, useI18n, useT } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';

type Department = { id: string; name: LocalizedText } | null;
type Note = {
  id: string;
  body: string;
  author: { id: string | null; name: string; department: Department };
  mentioned: Array<{ id: string; name: string }>;
  createdAt: string;
};
type Colleague = { id: string; name: string; role: Role; department: Department };

const noteFormSchema = createNoteBodySchema.extend({ mentionedUserIds: z.array(z.string()) });

/** Internal notes of the city staff in charge. Never shown to the proposer. */
export function NotesPanel({ proposal }: { proposal: Proposal }) {
  const tw = useT(workflowMessages);
  const { l, language } = useI18n();
  const { user } = useAuth();
  const ja = language === 'ja';
  const notes = useApi(
    (signal) => api<{ notes: Note[] }>(`/api/proposals/${proposal.id}/notes`, { signal }),
    proposal.id,
  );
  const colleagues = useApi(
    (signal) =>
      api<{ users: Colleague[] }>(`/api/proposals/${proposal.id}/mentionable`, { signal }),
    proposal.id,
  );
  const form = useForm({
    schema: noteFormSchema,
    initialValues: { body: '', mentionedUserIds: [] as string[] },
    onSubmit: async (values) => {
      await api(`/api/proposals/${proposal.id}/notes`, { method: 'POST', body: values });
      form.setValues(() => ({ body: '', mentionedUserIds: [] }));
      notes.reload();
    },
  });
  const others = (colleagues.data?.users ?? []).filter((u) => u.id !== user?.id);

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{ja ? '内部メモ' : 'Internal notes'}</h2>
      <p className="muted">
        {ja
          ? '市の担当者だけが読めるメモです。提案者には表示されません。通知したい同僚を選ぶと、メールでお知らせします。'
          : 'Only the city staff in charge read these notes; the proposer never sees them. Colleagues you pick are e-mailed.'}
      </p>
      {notes.loading && !notes.data ? <Loading /> : null}
      {notes.error ? <LoadError error={notes.error} onRetry={notes.reload} /> : null}
      {notes.data && notes.data.notes.length === 0 ? (
        <p>{ja ? 'まだメモはありません。' : 'No notes yet.'}</p>
      ) : null}
      <ol className="thread">
        {notes.data?.notes.map((n) => (
          <li key={n.id} className="thread__item thread__item--note">
            <p className="thread__head">
              <strong>
                {n.author.department ? `${l(n.author.department.name)} ・ ` : ''}
                {n.author.name}
              </strong>{' '}
              ・ <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, language)}</time>
            </p>
            <p className="thread__body">{n.body}</p>
            {n.mentioned.length > 0 ? (
              <p className="muted">
                {ja ? '通知: ' : 'Notified: '}
                {n.mentioned.map((m) => `@${m.name}`).join(' ')}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <ErrorSummary errors={form.errors} message={form.formError} />
        <TextAreaField
          label={ja ? 'メモ' : 'Note'}
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
            legend={ja ? '通知する同僚（@メンション）' : 'Notify colleagues (@mention)'}
            name="mentionedUserIds"
            type="checkbox"
            options={others.map((u) => ({
              value: u.id,
              label: `${u.name}（${u.department ? l(u.department.name) : tw(`role.${u.role}`)}）`,
            }))}
            selected={form.values.mentionedUserIds}
            onChange={(v) => form.setValue('mentionedUserIds', v)}
            error={form.errors.mentionedUserIds}
          />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={form.submitting}>
            {ja ? 'メモを追加する' : 'Add the note'}
          </button>
        </div>
      </form>
    </section>
  );
}
