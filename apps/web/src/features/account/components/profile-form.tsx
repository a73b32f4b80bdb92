import { appMessages } from '@kyoso/i18n/catalogues/app';
import { accountMessages } from '@kyoso/i18n/catalogues/account';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { updateProfileBodySchema, type SessionUser } from '@kyoso/contracts/auth';
import { CheckboxField, TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { LanguageSelect } from '../../../components/ui/language-select';
import { useForm } from '../../../lib/form';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useT } from '../../../lib/i18n';
import { useUpdateProfileMutation } from '../api/update-profile';
import { receivesDigests } from './digests';

/**
 * My name, the language of my screens and of the e-mails the portal sends me, and (city staff who
 * receive them) whether the daily digest e-mails come.
 */
export function ProfileForm({ user }: { user: SessionUser }) {
  const t = useT(accountMessages);
  const tu = useT(authMessages);
  const ta = useT(appMessages);
  const update = useUpdateProfileMutation();
  const savedRef = useFocusWhen(update.isSuccess);
  const form = useForm({
    schema: updateProfileBodySchema,
    initialValues: { name: user.name, language: user.language, digestOptOut: user.digestOptOut },
    onSubmit: async (values) => {
      await update.mutateAsync(values);
    },
  });
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile')}</h2>
      <dl className="facts">
        <dt>{tu('email')}</dt>
        <dd>{user.email}</dd>
      </dl>
      {update.isSuccess ? (
        <div ref={savedRef} tabIndex={-1}>
          <Alert kind="success">{ta('common.saved')}</Alert>
        </div>
      ) : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={tu('name')}
          name="name"
          autoComplete="name"
          required
          value={form.values.name}
          onChange={(v) => form.setValue('name', v)}
          error={form.errors.name}
        />
        <LanguageSelect
          label={tu('language')}
          hint={t('language.hint')}
          value={form.values.language}
          onChange={(v) => form.setValue('language', v)}
          error={form.errors.language}
        />
        {receivesDigests(user.role) ? (
          <CheckboxField
            name="digests"
            checked={!form.values.digestOptOut}
            onChange={(v) => form.setValue('digestOptOut', !v)}
            error={form.errors.digestOptOut}
            label={t('digests.label')}
          />
        ) : null}
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.saving') : ta('common.save')}
        </button>
      </form>
    </section>
  );
}
