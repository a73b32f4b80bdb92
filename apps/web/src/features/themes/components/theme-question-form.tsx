import { useState } from 'react';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { THEME_LIMITS, themeQuestionInputSchema } from '@kyoso/contracts/themes';
import { TextAreaField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useAskThemeQuestionMutation } from '../api/ask-theme-question';

/**
 * A registered proposer asks a question; the answer is published for everyone, unnamed. Loaded
 * only for a signed-in proposer (`ThemeQuestionEntry`): its schema brings zod, which the public
 * page does not otherwise need.
 */
export function ThemeQuestionForm({ themeId }: { themeId: string }) {
  const t = useT(themesMessages);
  const ask = useAskThemeQuestionMutation(themeId);
  const [sent, setSent] = useState(false);
  const form = useForm({
    schema: themeQuestionInputSchema,
    initialValues: { question: '' },
    onSubmit: async (body) => {
      await ask.mutateAsync(body);
      form.setValue('question', '');
      setSent(true);
    },
  });
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <h3>{t('qa.ask')}</h3>
      {sent ? <Alert kind="success">{t('qa.sent')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextAreaField
        label={t('qa.question')}
        hint={t('qa.askHint')}
        name="question"
        required
        rows={3}
        maxLength={THEME_LIMITS.summary * 2}
        value={form.values.question}
        onChange={(value) => {
          setSent(false);
          form.setValue('question', value);
        }}
        error={form.errors.question}
      />
      <button type="submit" className="button button--secondary" disabled={form.submitting}>
        {t('qa.send')}
      </button>
    </form>
  );
}
