import { useState } from 'react';
import { Link } from 'react-router';
import { tokyoDate } from '@kyoso/calendar/dates';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import {
  THEME_LIMITS,
  themeAmendmentInputSchema,
  themeAnswerInputSchema,
  themeCloseInputSchema,
  themeCommentInputSchema,
  type ManagedTheme as ManagedThemeData,
} from '@kyoso/contracts/themes';
import { TextAreaField } from '../../../components/ui/field';
import { Alert, ErrorSummary, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useAmendThemeMutation } from '../api/amend-theme';
import { useAnswerThemeQuestionMutation } from '../api/answer-theme-question';
import { useChangeThemeStatusMutation } from '../api/change-theme-status';
import { ThemeDetails } from './theme-details';

/** One text box and a button: a comment, a reason, an amendment, an answer. */
function TextAction({
  label,
  name,
  button,
  max,
  schema,
  field,
  send,
}: {
  label: string;
  name: string;
  button: string;
  max: number;
  schema:
    | typeof themeCommentInputSchema
    | typeof themeCloseInputSchema
    | typeof themeAmendmentInputSchema
    | typeof themeAnswerInputSchema;
  field: 'comment' | 'reason' | 'text' | 'answer';
  send: (text: string) => Promise<unknown>;
}) {
  const form = useForm({
    schema,
    initialValues: { [field]: '' },
    onSubmit: async () => {
      await send(form.values[field] ?? '');
      form.setValue(field, '');
    },
  });
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextAreaField
        label={label}
        name={field}
        required
        rows={3}
        maxLength={max}
        value={form.values[field] ?? ''}
        onChange={(value) => form.setValue(field, value)}
        error={form.errors[field]}
      />
      <button
        type="submit"
        className="button button--secondary"
        disabled={form.submitting}
        name={name}
      >
        {button}
      </button>
    </form>
  );
}

function AnswerForm({ themeId, questionId }: { themeId: string; questionId: string }) {
  const t = useT(themesMessages);
  const answer = useAnswerThemeQuestionMutation(themeId, questionId);
  return (
    <TextAction
      label={t('manage.answer')}
      name="answer-question"
      button={t('manage.sendAnswer')}
      max={THEME_LIMITS.text}
      schema={themeAnswerInputSchema}
      field="answer"
      send={(text) => answer.mutateAsync({ answer: text })}
    />
  );
}

/**
 * A theme as its department and the desk see it: its status, the desk's comments, the actions
 * `can` allows (submit, publish, send back, amend, close) and every question with its answer.
 */
export function ManagedTheme({ managed }: { managed: ManagedThemeData }) {
  const t = useT(themesMessages);
  const { language } = useI18n();
  const { theme, can } = managed;
  const change = useChangeThemeStatusMutation(theme.id);
  const amend = useAmendThemeMutation(theme.id);
  const [error, setError] = useState<string | null>(null);
  const run = (action: 'submit' | 'publish') => {
    setError(null);
    change.mutate(
      { action },
      { onError: (e) => setError(isApiError(e) ? e.message : t('manage.failed')) },
    );
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.staffThemes}>{t('manage.back')}</Link>
      </p>
      <PageTitle>{theme.title}</PageTitle>
      <dl className="facts">
        <dt>{t('manage.status')}</dt>
        <dd>
          <span className={`badge badge--theme-${managed.status}`}>
            {t(`status.${managed.status}`)}
          </span>
        </dd>
      </dl>
      {managed.reviewComment && managed.status === 'draft' ? (
        <Alert kind="warning" title={t('manage.reviewComment')}>
          <p className="prewrap">{managed.reviewComment}</p>
        </Alert>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="actions">
        {can.edit ? (
          <Link className="button button--secondary" to={paths.editStaffTheme(theme.id)}>
            {t('manage.edit')}
          </Link>
        ) : null}
        {can.submit ? (
          <button
            type="button"
            className="button"
            disabled={change.isPending}
            onClick={() => run('submit')}
          >
            {t('manage.submit')}
          </button>
        ) : null}
        {can.publish ? (
          <button
            type="button"
            className="button"
            disabled={change.isPending}
            onClick={() => run('publish')}
          >
            {t('manage.publish')}
          </button>
        ) : null}
        {managed.status === 'published' || managed.status === 'closed' ? (
          <Link to={paths.theme(theme.id)}>{t('manage.viewPublic')}</Link>
        ) : null}
      </div>
      {can.sendBack ? (
        <section className="proposal-section">
          <h2>{t('manage.sendBack')}</h2>
          <TextAction
            label={t('manage.sendBackComment')}
            name="send-back"
            button={t('manage.sendBack')}
            max={THEME_LIMITS.text}
            schema={themeCommentInputSchema}
            field="comment"
            send={(comment) => change.mutateAsync({ action: 'send-back', body: { comment } })}
          />
        </section>
      ) : null}
      {can.amend ? (
        <section className="proposal-section">
          <h2>{t('manage.amend')}</h2>
          <TextAction
            label={t('manage.amendText')}
            name="amend"
            button={t('manage.amend')}
            max={THEME_LIMITS.text}
            schema={themeAmendmentInputSchema}
            field="text"
            send={(text) => amend.mutateAsync({ text })}
          />
        </section>
      ) : null}
      {can.close ? (
        <section className="proposal-section">
          <h2>{t('manage.close')}</h2>
          <TextAction
            label={t('manage.closeReason')}
            name="close"
            button={t('manage.close')}
            max={THEME_LIMITS.summary}
            schema={themeCloseInputSchema}
            field="reason"
            send={(reason) => change.mutateAsync({ action: 'close', body: { reason } })}
          />
        </section>
      ) : null}
      {managed.status === 'published' || managed.status === 'closed' ? (
        <section className="proposal-section">
          <h2>{t('manage.questions')}</h2>
          {managed.questions.length === 0 ? <p>{t('manage.noQuestions')}</p> : null}
          <ul className="card-list">
            {managed.questions.map((q) => (
              <li key={q.id} className="card">
                <p>
                  <small>
                    {t('manage.askedOn', {
                      date: formatDate(tokyoDate(new Date(q.askedAt)), language),
                    })}
                  </small>
                </p>
                <p className="prewrap">{q.question}</p>
                {q.answer !== null ? (
                  <p className="prewrap">
                    <span className="badge">{t('qa.answer')}</span> {q.answer}
                  </p>
                ) : can.answer ? (
                  <AnswerForm themeId={theme.id} questionId={q.id} />
                ) : (
                  <span className="badge">{t('manage.unanswered')}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <hr />
      <ThemeDetails theme={theme} embedded />
    </>
  );
}
