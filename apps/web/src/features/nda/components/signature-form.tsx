import { appMessages } from '@kyoso/i18n/catalogues/app';
import { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import { fieldLabel, formatIssue } from '@kyoso/i18n/validation';
import { countersignNdaBodySchema, signNdaBodySchema, type Nda } from '@kyoso/contracts/ndas';
import { CheckboxField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm, type FieldErrors } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import { useCountersignNdaMutation, type CountersignNdaBody } from '../api/countersign-nda';
import { useSignNdaMutation, type SignNdaBody } from '../api/sign-nda';

type Values = { fullName: string; title: string; organization: string; consent: boolean };

/** The words of each side's form. */
const WORDS = {
  proposer: {
    heading: 'sign.heading',
    intro: 'sign.intro',
    jobTitleHint: 'sign.jobTitleHint',
    consent: 'sign.consent',
    submit: 'sign.submit',
  },
  city: {
    heading: 'countersign.heading',
    intro: 'countersign.intro',
    jobTitleHint: 'countersign.jobTitleHint',
    consent: 'countersign.consent',
    submit: 'countersign.submit',
  },
} as const;

function isProposerBody(body: SignNdaBody | CountersignNdaBody): body is SignNdaBody {
  return 'organization' in body;
}

/**
 * A signature of the NDA: the proposer's (with its organisation) or the city's (by the lead
 * department). Both sign the text they read, named by its SHA-256.
 */
export function SignatureForm({
  proposalId,
  nda,
  side,
  organization,
  department,
  onSigned,
}: {
  proposalId: string;
  nda: Nda;
  side: 'proposer' | 'city';
  /** The proposer's organisation, as the form starts. */
  organization?: string;
  /** The signing department's name (the city's side). */
  department?: string | null;
  onSigned: () => void;
}) {
  const t = useT(ndaMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const sign = useSignNdaMutation(proposalId);
  const countersign = useCountersignNdaMutation(proposalId);
  const proposer = side === 'proposer';
  const words = WORDS[side];
  const initial: Values = {
    fullName: '',
    title: '',
    organization: organization ?? '',
    consent: false,
  };
  const form = useForm({
    schema: proposer ? signNdaBodySchema : countersignNdaBodySchema,
    initialValues: initial,
    toRequest: ({ organization: org, ...values }) => ({
      ...values,
      ...(proposer ? { organization: org } : {}),
      templateSha256: nda.template.sha256,
    }),
    // The signer's title is 「役職」, not the proposal's title the field's path would name.
    validate: (values) => {
      const errors: FieldErrors = {};
      if (!values.title.trim()) {
        const issue = {
          code: 'too_small',
          origin: 'string',
          minimum: 1,
          input: '',
          path: ['title'],
          message: '',
        };
        errors.title = formatIssue(issue, language, fieldLabel('title.signer', language));
      }
      return errors;
    },
    onSubmit: async (body) => {
      try {
        if (isProposerBody(body)) {
          await sign.mutateAsync(body);
        } else {
          await countersign.mutateAsync(body);
        }
        onSigned();
      } catch (error) {
        form.setValue('consent', false);
        throw error;
      }
    },
  });
  const headingId = `${side}-signature-form-heading`;
  return (
    <form
      className="form nda-sign-form"
      onSubmit={form.handleSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t(words.heading)}</h3>
      <p>{t(words.intro)}</p>
      {!proposer && department ? (
        <dl className="facts">
          <dt>{t('countersign.department')}</dt>
          <dd>{department}</dd>
        </dl>
      ) : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextField
        label={t('signature.fullName')}
        name="fullName"
        autoComplete="name"
        required
        value={form.values.fullName}
        onChange={(v) => form.setValue('fullName', v)}
        error={form.errors.fullName}
      />
      <TextField
        label={t('signature.jobTitle')}
        name="title"
        autoComplete="organization-title"
        required
        hint={t(words.jobTitleHint)}
        value={form.values.title}
        onChange={(v) => form.setValue('title', v)}
        error={form.errors.title}
      />
      {proposer ? (
        <TextField
          label={t('signature.organization')}
          name="organization"
          autoComplete="organization"
          required
          value={form.values.organization}
          onChange={(v) => form.setValue('organization', v)}
          error={form.errors.organization}
        />
      ) : null}
      <CheckboxField
        name="consent"
        checked={form.values.consent}
        onChange={(v) => form.setValue('consent', v)}
        error={form.errors.consent}
        label={t(words.consent)}
      />
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting ? ta('common.sending') : t(words.submit)}
      </button>
    </form>
  );
}
