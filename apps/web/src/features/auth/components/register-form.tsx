import { useState } from 'react';
import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { ORGANIZATION_KINDS } from '@kyoso/contracts/organization-constants';
import type { Language } from '@kyoso/i18n/languages';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary, PageTitle } from '../../../components/ui/feedback';
import { LanguageSelect } from '../../../components/ui/language-select';
import { PasswordField } from '../../../components/ui/password-field';
import { paths } from '../../../config/paths';
import { useForm } from '../../../lib/form';
import { Rich, useI18n, useT } from '../../../lib/i18n';
import { useMeta } from '../../../lib/meta';
import { useRegisterMutation } from '../api/register';

type Values = {
  email: string;
  password: string;
  name: string;
  language: Language;
  organization: { name: string; kind: string; corporateNumber: string };
  consent: boolean;
};

/** After registering: where the confirmation e-mail went (and, in development, where to read it). */
function RegisterDone({ email }: { email: string }) {
  const t = useT(authMessages);
  const meta = useMeta();
  return (
    <>
      <PageTitle>{t('register.done.title')}</PageTitle>
      <Alert kind="success">{t('register.done.body', { email })}</Alert>
      {meta?.devMailbox ? (
        <p>
          <Rich
            text={t('register.done.devHint')}
            parts={{ link: (words) => <Link to={paths.devMail}>{words}</Link> }}
          />
        </p>
      ) : null}
    </>
  );
}

/**
 * A proposer and their organisation. The contract's rules load when the visitor starts typing
 * (zod stays out of the page's first load); the server checks again, the corporate number's
 * check digit and the password's strength included.
 */
export function RegisterForm() {
  const t = useT(authMessages);
  const ta = useT(appMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  const registration = useRegisterMutation();
  const [done, setDone] = useState<string | null>(null);
  const initialValues: Values = {
    email: '',
    password: '',
    name: '',
    language,
    organization: { name: '', kind: '', corporateNumber: '' },
    consent: false,
  };
  const form = useForm({
    schema: () => import('@kyoso/contracts/auth').then((m) => m.registerBodySchema),
    initialValues,
    validate: (values): Record<string, string> =>
      values.consent ? {} : { consent: t('register.consentRequired') },
    onSubmit: async ({ email, password, name, language: chosen, organization }) => {
      await registration.mutateAsync({ email, password, name, language: chosen, organization });
      setDone(email);
    },
  });
  const org = form.values.organization;
  const setOrg = (key: keyof Values['organization'], value: string) =>
    form.setValues((current) => ({
      ...current,
      organization: { ...current.organization, [key]: value },
    }));

  if (done) {
    return <RegisterDone email={done} />;
  }

  return (
    <>
      <PageTitle lead={t('register.intro')}>{t('register.title')}</PageTitle>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <fieldset className="fieldset-group">
          <legend>{t('register.you')}</legend>
          <TextField
            label={t('name')}
            name="name"
            autoComplete="name"
            required
            value={form.values.name}
            onChange={(v) => form.setValue('name', v)}
            error={form.errors.name}
          />
          <TextField
            label={t('email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={form.values.email}
            onChange={(v) => form.setValue('email', v)}
            error={form.errors.email}
          />
          <PasswordField
            label={t('password')}
            name="password"
            purpose="new"
            value={form.values.password}
            onChange={(v) => form.setValue('password', v)}
            error={form.errors.password}
          />
          <LanguageSelect
            label={t('language')}
            value={form.values.language}
            onChange={(v) => form.setValue('language', v)}
            error={form.errors.language}
          />
        </fieldset>
        <fieldset className="fieldset-group">
          <legend>{t('register.organization')}</legend>
          <TextField
            label={td('field.organization.name')}
            name="organization.name"
            autoComplete="organization"
            required
            value={org.name}
            onChange={(v) => setOrg('name', v)}
            error={form.errors['organization.name']}
          />
          <SelectField
            label={td('field.organization.kind')}
            name="organization.kind"
            required
            value={org.kind}
            placeholder={t('organization.chooseKind')}
            onChange={(v) => setOrg('kind', v)}
            options={ORGANIZATION_KINDS.map((kind) => ({
              value: kind,
              label: td(`organizationKind.${kind}`),
            }))}
            error={form.errors['organization.kind']}
          />
          <TextField
            label={t('organization.corporateNumber')}
            name="organization.corporateNumber"
            markOptional
            inputMode="numeric"
            hint={t('organization.corporateNumberHint')}
            value={org.corporateNumber}
            onChange={(v) => setOrg('corporateNumber', v)}
            error={form.errors['organization.corporateNumber']}
          />
        </fieldset>
        <CheckboxField
          name="consent"
          checked={form.values.consent}
          onChange={(v) => form.setValue('consent', v)}
          error={form.errors.consent}
          label={
            <Rich
              text={t('register.consent')}
              parts={{
                terms: (words) => <Link to={`${paths.guide}#terms`}>{words}</Link>,
                privacy: (words) => <Link to={`${paths.guide}#privacy`}>{words}</Link>,
              }}
            />
          }
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('register.submit')}
        </button>
      </form>
    </>
  );
}
