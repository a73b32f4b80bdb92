import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import {
  AGREEMENT_LIMITS,
  AGREEMENT_TYPES,
  CONTRACT_METHODS,
  COUNCIL_VOTES,
  agreementInputSchema,
  type Agreement,
} from '@kyoso/contracts/agreements';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import type { CouncilSession } from '../api/get-council-suggestion';
import { useCouncilSuggestion } from '../api/get-council-suggestion';
import { useRecordAgreementMutation } from '../api/record-agreement';
import {
  changeAgreementValues,
  toAgreementRequest,
  toAgreementValues,
  type AgreementValues,
  type PartyValues,
} from './agreement-values';
import { FormButtons } from '../../../components/ui/form-buttons';

/**
 * The lead department writes the terms: a new agreement, or a revision of the latest version
 * (a new version the proposer confirms again).
 */
export function AgreementForm({
  proposalId,
  current,
  organizationName,
  suggestion,
  onDone,
  onCancel,
}: {
  proposalId: string;
  current: Agreement | null;
  organizationName: string;
  /** The council session the calendar suggests for the vote the decision implies. */
  suggestion: CouncilSession | null;
  onDone: (version: number) => void;
  onCancel: () => void;
}) {
  const t = useT(recordsMessages);
  const { l } = useI18n();
  const record = useRecordAgreementMutation(proposalId);
  const expectedVersion = current?.version ?? 0;
  const form = useForm({
    schema: agreementInputSchema,
    initialValues: toAgreementValues(current, {
      organizationName,
      suggestedSessionMonth: suggestion?.startMonth ?? null,
    }),
    toRequest: (values) => toAgreementRequest(values, expectedVersion),
    onSubmit: async (body) => {
      const answer = await record.mutateAsync(body);
      onDone(answer.agreement?.version ?? expectedVersion + 1);
    },
  });
  const v = form.values;
  const councilSuggestion = useCouncilSuggestion(proposalId, v.councilVote);
  const suggested = v.councilVote === 'none' ? null : councilSuggestion.data?.councilSession;

  const change = <K extends keyof AgreementValues>(key: K, value: AgreementValues[K]) => {
    form.setValue(key, value);
    form.setValues((values) => changeAgreementValues(values, key, value));
  };
  const setParty = (index: number, patch: Partial<PartyValues>) =>
    form.setValue(
      'parties',
      v.parties.map((party, i) => (i === index ? { ...party, ...patch } : party)),
    );
  const nextVersion = expectedVersion + 1;

  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h3>
        {current
          ? t('agreement.form.title.revise', { version: nextVersion })
          : t('agreement.form.title.new')}
      </h3>
      {current ? <p className="muted">{t('agreement.form.reviseHint')}</p> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <SelectField
        label={t('agreement.field.type')}
        name="type"
        required
        value={v.type}
        onChange={(value) => change('type', value as AgreementValues['type'])}
        options={AGREEMENT_TYPES.map((type) => ({
          value: type,
          label: t(`agreement.type.${type}`),
        }))}
        error={form.errors.type}
      />
      {v.type === 'contract' ? (
        <SelectField
          label={t('agreement.field.contractMethod')}
          name="contractMethod"
          required
          value={v.contractMethod}
          placeholder={t('agreement.form.choose')}
          onChange={(value) => change('contractMethod', value as AgreementValues['contractMethod'])}
          options={CONTRACT_METHODS.map((method) => ({
            value: method,
            label: t(`agreement.method.${method}`),
          }))}
          error={form.errors.contractMethod}
        />
      ) : null}
      <CheckboxField
        label={t('agreement.form.openCall')}
        name="openCall"
        checked={v.openCall}
        onChange={(checked) => change('openCall', checked)}
        error={form.errors.openCall}
      />
      {v.openCall ? (
        <TextAreaField
          label={t('agreement.openCallProtection')}
          name="openCallProtection"
          required
          rows={4}
          hint={t('agreement.form.openCallHint')}
          value={v.openCallProtection}
          onChange={(value) => change('openCallProtection', value)}
          maxLength={AGREEMENT_LIMITS.text}
          error={form.errors.openCallProtection}
        />
      ) : null}
      <fieldset className="fieldset-group">
        <legend>{t('agreement.field.parties')}</legend>
        {form.errors.parties ? <p className="field__error">{form.errors.parties}</p> : null}
        {v.parties.map((party, index) => (
          <fieldset key={index} className="fieldset-group">
            <legend>{t('agreement.form.party', { number: index + 1 })}</legend>
            <TextField
              label={t('agreement.field.partyName')}
              name={`parties.${index}.name`}
              required
              value={party.name}
              onChange={(value) => setParty(index, { name: value })}
              maxLength={AGREEMENT_LIMITS.shortText}
              error={form.errors[`parties.${index}.name`]}
            />
            <TextField
              label={t('agreement.field.representative')}
              name={`parties.${index}.representative`}
              required
              value={party.representative}
              onChange={(value) => setParty(index, { representative: value })}
              maxLength={AGREEMENT_LIMITS.shortText}
              error={form.errors[`parties.${index}.representative`]}
            />
            {v.parties.length > 2 ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() =>
                  form.setValue(
                    'parties',
                    v.parties.filter((_, i) => i !== index),
                  )
                }
              >
                {t('agreement.form.party.remove', { number: index + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        {v.parties.length < AGREEMENT_LIMITS.parties ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              form.setValue('parties', [...v.parties, { name: '', representative: '' }])
            }
          >
            {t('agreement.form.party.add')}
          </button>
        ) : null}
      </fieldset>
      <TextField
        label={t('agreement.field.startsOn')}
        name="startsOn"
        type="date"
        required
        value={v.startsOn}
        onChange={(value) => change('startsOn', value)}
        error={form.errors.startsOn}
      />
      <TextField
        label={t('agreement.field.endsOn')}
        name="endsOn"
        type="date"
        required
        value={v.endsOn}
        onChange={(value) => change('endsOn', value)}
        error={form.errors.endsOn}
      />
      <TextAreaField
        label={t('agreement.field.cityCommitments')}
        name="cityCommitments"
        required
        rows={5}
        value={v.cityCommitments}
        onChange={(value) => change('cityCommitments', value)}
        maxLength={AGREEMENT_LIMITS.text}
        error={form.errors.cityCommitments}
      />
      <TextAreaField
        label={t('agreement.field.companyCommitments')}
        name="companyCommitments"
        required
        rows={5}
        value={v.companyCommitments}
        onChange={(value) => change('companyCommitments', value)}
        maxLength={AGREEMENT_LIMITS.text}
        error={form.errors.companyCommitments}
      />
      <SelectField
        label={t('agreement.field.councilVote')}
        name="councilVote"
        required
        value={v.councilVote}
        onChange={(value) => change('councilVote', value as AgreementValues['councilVote'])}
        options={COUNCIL_VOTES.map((vote) => ({
          value: vote,
          label: t(`agreement.council.${vote}`),
        }))}
        error={form.errors.councilVote}
      />
      {v.councilVote !== 'none' ? (
        <>
          <TextField
            label={t('agreement.field.councilSessionMonth')}
            name="councilSessionMonth"
            type="month"
            required
            hint={t('agreement.form.councilHint')}
            value={v.councilSessionMonth}
            onChange={(value) => change('councilSessionMonth', value)}
            error={form.errors.councilSessionMonth}
          />
          {suggested ? (
            <p className="button-row">
              <span role="status">
                {t('agreement.form.councilSuggestion', { session: l(suggested.label) })}
              </span>
              {suggested.startMonth !== v.councilSessionMonth ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => change('councilSessionMonth', suggested.startMonth)}
                >
                  {t('agreement.form.useSuggestion')}
                </button>
              ) : null}
            </p>
          ) : null}
        </>
      ) : null}
      <FormButtons
        submitting={form.submitting}
        label={t('agreement.form.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
