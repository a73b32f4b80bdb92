import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { registerBodySchema } from '@kyoso/contracts/auth';
import { ORGANIZATION_KINDS } from '@kyoso/contracts/organizations';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useI18n, useT } from '../../../lib/i18n';
import { useMeta } from '../../../lib/meta';

type Values = {
  email: string;
  password: string;
  name: string;
  language: 'ja' | 'en';
  organization: { name: string; kind: string; corporateNumber: string };
  consent: boolean;
};

export function RegisterPage() {
  const td = useT(domainMessages);
  const t = useT(appMessages);
  const { language } = useI18n();
  const meta = useMeta();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm({
    schema: registerBodySchema,
    initialValues: {
      email: '',
      password: '',
      name: '',
      language,
      organization: { name: '', kind: '', corporateNumber: '' },
      consent: false,
    },
    validate: (values): Record<string, string> =>
      values.consent ? {} : { consent: t('auth.register.consentRequired') },
    onSubmit: async (values) => {
      await api('/api/auth/register', { method: 'POST', body: values });
      setDone(values.email);
    },
  });
  const org = form.values.organization;
  const setOrg = (key: keyof Values['organization'], value: string) =>
    form.setValues((current) => ({
      ...current,
      organization: { ...current.organization, [key]: value },
    }));

  if (done) {
    return (
      <div className="narrow">
        <PageTitle>{t('auth.register.done.title')}</PageTitle>
        <Alert kind="success">{t('auth.register.done.body', { email: done })}</Alert>
        {meta?.devMailbox ? (
          <p>
            {t('auth.register.done.devHint')} <Link to={paths.devMail}>{t('nav.devMail')}</Link>
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageTitle lead={t('auth.register.intro')}>{t('auth.register.title')}</PageTitle>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <fieldset className="fieldset-group">
          <legend>{t('auth.register.you')}</legend>
          <TextField
            label={t('auth.name')}
            name="name"
            autoComplete="name"
            required
            value={form.values.name}
            onChange={(v) => form.setValue('name', v)}
            error={form.errors.name}
          />
          <TextField
            label={t('auth.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={form.values.email}
            onChange={(v) => form.setValue('email', v)}
            error={form.errors.email}
          />
          <TextField
            label={t('auth.password')}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint={t('auth.passwordHint')}
            value={form.values.password}
            onChange={(v) => form.setValue('password', v)}
            error={form.errors.password}
          />
          <SelectField
            label={t('auth.language')}
            name="language"
            required
            value={form.values.language}
            onChange={(v) => form.setValue('language', v === 'en' ? 'en' : 'ja')}
            options={[
              { value: 'ja', label: '日本語' },
              { value: 'en', label: 'English' },
            ]}
          />
        </fieldset>
        <fieldset className="fieldset-group">
          <legend>{t('auth.register.organization')}</legend>
          <TextField
            label={t('auth.register.orgName')}
            name="organization.name"
            autoComplete="organization"
            required
            value={org.name}
            onChange={(v) => setOrg('name', v)}
            error={form.errors['organization.name']}
          />
          <SelectField
            label={t('auth.register.orgKind')}
            name="organization.kind"
            required
            value={org.kind}
            placeholder={language === 'ja' ? '選んでください' : 'Choose one'}
            onChange={(v) => setOrg('kind', v)}
            options={ORGANIZATION_KINDS.map((kind) => ({
              value: kind,
              label: td(`organizationKind.${kind}`),
            }))}
            error={form.errors['organization.kind']}
          />
          <TextField
            label={t('auth.register.corporateNumber')}
            name="organization.corporateNumber"
            markOptional
            inputMode="numeric"
            hint={t('auth.register.corporateNumberHint')}
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
            <>
              {t('auth.register.consent')}（
              <Link to={`${paths.guide}#terms`}>{t('app.footer.terms')}</Link>・
              <Link to={`${paths.guide}#privacy`}>{t('app.footer.privacy')}</Link>）
            </>
          }
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.sending') : t('auth.register.submit')}
        </button>
      </form>
    </div>
  );
}
