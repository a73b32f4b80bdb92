import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import {
  DECISION_DECLINE_REASONS,
  DECISION_LIMITS,
  DECISION_OUTCOMES,
  EXCLUSIVE_USES,
  FISCAL_BURDENS,
  HOLD_KINDS,
  decisionInputSchema,
  type DecisionGuide,
  type DecisionView,
} from '@kyoso/contracts/decisions';
import {
  CheckboxField,
  ChoiceGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { formatDate, formatFiscalYear, useI18n, useT } from '../../../lib/i18n';
import { useRecordDecisionMutation } from '../api/record-decision';
import type { DecisionResponse } from '../api/get-decision';
import {
  budgetYearOptions,
  toDecisionRequest,
  toDecisionValues,
  type DecisionValues,
} from './decision-values';
import { FormButtons } from '../../../components/ui/form-buttons';

/**
 * The lead department's form: the three published criteria, each with its conclusion and a short
 * explanation, the legal check, who decided when, the outcome (a hold until a date or a budget
 * cycle, a decline with its reasons) and the internal notes. Each save is a new version.
 */
export function DecisionForm({
  proposalId,
  current,
  guide,
  onDone,
  onCancel,
}: {
  proposalId: string;
  /** The latest version (the new one starts from it), or null for the first. */
  current: DecisionView | null;
  guide: DecisionGuide | null;
  onDone: (answer: DecisionResponse) => void;
  onCancel: () => void;
}) {
  const t = useT(recordsMessages);
  const td = useT(domainMessages);
  const tw = useT(workflowMessages);
  const { language } = useI18n();
  const save = useRecordDecisionMutation(proposalId);
  const form = useForm({
    schema: decisionInputSchema,
    initialValues: toDecisionValues(current, guide),
    toRequest: (values) => toDecisionRequest(values, current?.version ?? 0),
    onSubmit: async (body) => {
      onDone(await save.mutateAsync(body));
    },
  });
  const v = form.values;
  const set =
    <K extends keyof DecisionValues>(key: K) =>
    (value: DecisionValues[K]) =>
      form.setValue(key, value);
  const one = <T extends string>(selected: string[]) => (selected[0] ?? '') as T;
  const text = (name: keyof DecisionValues, required: boolean, rows = 3, hint?: string) => (
    <TextAreaField
      label={td(`field.${name}` as 'field.fiscalExplanation')}
      name={name}
      required={required}
      markOptional={!required}
      rows={rows}
      value={v[name] as string}
      onChange={(value) => form.setValue(name, value)}
      maxLength={DECISION_LIMITS.text}
      error={form.errors[name]}
      hint={hint}
    />
  );

  return (
    <form className="form card decision-form" onSubmit={form.handleSubmit} noValidate>
      <h3>
        {current
          ? t('decision.form.revise', { version: current.version + 1 })
          : t('decision.form.new')}
      </h3>
      <p className="muted">{t('decision.form.intro')}</p>
      <ErrorSummary errors={form.errors} message={form.formError} />

      <fieldset className="fieldset-group">
        <legend>{t('decision.form.fiscal.legend')}</legend>
        <ChoiceGroup
          legend={td('field.fiscalBurden')}
          name="fiscalBurden"
          type="radio"
          required
          options={FISCAL_BURDENS.map((value) => ({
            value,
            label: t(`decision.fiscalBurden.${value}`),
          }))}
          selected={v.fiscalBurden ? [v.fiscalBurden] : []}
          onChange={(selected) => form.setValue('fiscalBurden', one(selected))}
          error={form.errors.fiscalBurden}
        />
        {v.fiscalBurden === 'new_budget' || v.fiscalBurden === 'existing_budget' ? (
          <TextField
            label={td('field.fiscalAmountYen')}
            name="fiscalAmountYen"
            inputMode="numeric"
            required={v.fiscalBurden === 'new_budget'}
            markOptional={v.fiscalBurden !== 'new_budget'}
            value={v.fiscalAmountYen}
            onChange={set('fiscalAmountYen')}
            error={form.errors.fiscalAmountYen}
            hint={t('decision.form.fiscalAmount.hint')}
          />
        ) : null}
        {v.fiscalBurden === 'new_budget' ? (
          <>
            <CheckboxField
              label={t('decision.form.supplementary')}
              name="supplementaryBudget"
              checked={v.supplementaryBudget}
              onChange={set('supplementaryBudget')}
              error={form.errors.supplementaryBudget}
            />
            <SelectField
              label={td('field.budgetFiscalYear')}
              name="budgetFiscalYear"
              required
              value={v.budgetFiscalYear}
              placeholder={t('decision.form.choose')}
              onChange={set('budgetFiscalYear')}
              options={(guide
                ? budgetYearOptions(guide, v.supplementaryBudget, v.budgetFiscalYear)
                : v.budgetFiscalYear
                  ? [Number(v.budgetFiscalYear)]
                  : []
              ).map((year) => ({
                value: String(year),
                label: formatFiscalYear(year, language),
              }))}
              error={form.errors.budgetFiscalYear}
              hint={
                guide
                  ? t('decision.form.budgetFiscalYear.hint', {
                      fiscalYear: formatFiscalYear(guide.earliestBudgetFiscalYear, language),
                    })
                  : undefined
              }
            />
          </>
        ) : null}
        {text('fiscalExplanation', true, 3, t('decision.form.fiscalExplanation.hint'))}
      </fieldset>

      <fieldset className="fieldset-group">
        <legend>{t('decision.form.original.legend')}</legend>
        <ChoiceGroup
          legend={td('field.original')}
          name="original"
          type="radio"
          required
          options={[
            { value: 'yes', label: t('decision.form.original.yes') },
            { value: 'no', label: t('decision.form.original.no') },
          ]}
          selected={v.original ? [v.original] : []}
          onChange={(selected) => form.setValue('original', one(selected))}
          error={form.errors.original}
        />
        {text('originalityJustification', true, 3, t('decision.form.originality.hint'))}
      </fieldset>

      <fieldset className="fieldset-group">
        <legend>{t('decision.form.exclusive.legend')}</legend>
        <ChoiceGroup
          legend={td('field.exclusiveUse')}
          name="exclusiveUse"
          type="radio"
          required
          options={EXCLUSIVE_USES.map((value) => ({
            value,
            label: t(`decision.exclusiveUse.${value}`),
          }))}
          selected={v.exclusiveUse ? [v.exclusiveUse] : []}
          onChange={(selected) => form.setValue('exclusiveUse', one(selected))}
          error={form.errors.exclusiveUse}
        />
        {v.exclusiveUse === 'partial' || v.exclusiveUse === 'exclusive'
          ? text('fairnessMeasure', true, 3, t('decision.form.fairness.hint'))
          : null}
      </fieldset>

      <fieldset className="fieldset-group">
        <legend>{t('decision.form.legal.legend')}</legend>
        {text('lawsExamined', true, 3)}
        {text('conflictsFound', false, 3)}
        {text('specialZones', false, 2)}
      </fieldset>

      <fieldset className="fieldset-group">
        <legend>{t('decision.form.decided.legend')}</legend>
        <TextField
          label={td('field.decisionBody')}
          name="decisionBody"
          required
          value={v.decisionBody}
          onChange={set('decisionBody')}
          maxLength={DECISION_LIMITS.shortText}
          error={form.errors.decisionBody}
          hint={t('decision.form.decisionBody.hint')}
        />
        <TextField
          label={td('field.decidedOn')}
          name="decidedOn"
          type="date"
          required
          value={v.decidedOn}
          onChange={set('decidedOn')}
          error={form.errors.decidedOn}
        />
      </fieldset>

      <fieldset className="fieldset-group">
        <legend>{t('decision.form.outcome.legend')}</legend>
        <ChoiceGroup
          legend={t('decision.form.outcome.label')}
          name="outcome"
          type="radio"
          required
          options={DECISION_OUTCOMES.map((value) => ({
            value,
            label: t(`decision.outcome.${value}`),
          }))}
          selected={v.outcome ? [v.outcome] : []}
          onChange={(selected) => form.setValue('outcome', one(selected))}
          error={form.errors.outcome}
        />
        {v.outcome === 'hold' ? (
          <>
            <ChoiceGroup
              legend={td('field.holdKind')}
              name="holdKind"
              type="radio"
              required
              options={HOLD_KINDS.map((value) => ({
                value,
                label: t(`decision.form.holdKind.${value}`),
              }))}
              selected={v.holdKind ? [v.holdKind] : []}
              onChange={(selected) => form.setValue('holdKind', one(selected))}
              error={form.errors.holdKind}
            />
            {v.holdKind === 'date' ? (
              <TextField
                label={td('field.holdUntil')}
                name="holdUntil"
                type="date"
                required
                value={v.holdUntil}
                onChange={set('holdUntil')}
                error={form.errors.holdUntil}
              />
            ) : null}
            {v.holdKind === 'budget_cycle' ? (
              <SelectField
                label={td('field.holdFiscalYear')}
                name="holdFiscalYear"
                required
                value={v.holdFiscalYear}
                placeholder={t('decision.form.choose')}
                onChange={set('holdFiscalYear')}
                options={(guide?.budgetCycles ?? []).map((cycle) => ({
                  value: String(cycle.fiscalYear),
                  label: t('decision.form.holdCycle', {
                    fiscalYear: formatFiscalYear(cycle.fiscalYear, language),
                    date: formatDate(cycle.startsOn, language),
                  }),
                }))}
                error={form.errors.holdFiscalYear}
              />
            ) : null}
          </>
        ) : null}
        {v.outcome === 'decline' ? (
          <>
            <ChoiceGroup
              legend={td('field.declineReasonCodes')}
              name="declineReasonCodes"
              type="checkbox"
              required
              options={DECISION_DECLINE_REASONS.map((code) => ({
                value: code,
                label: tw(`declineReason.${code}`),
              }))}
              selected={v.declineReasonCodes}
              onChange={(selected) =>
                form.setValue(
                  'declineReasonCodes',
                  DECISION_DECLINE_REASONS.filter((code) => selected.includes(code)),
                )
              }
              error={form.errors.declineReasonCodes}
            />
            {text('declineReason', true, 6, t('decision.form.declineReason.hint'))}
          </>
        ) : null}
      </fieldset>

      {text('internalNotes', false, 3, t('decision.form.internalNotes.hint'))}

      <FormButtons
        submitting={form.submitting}
        label={t('decision.form.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
