import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import {
  EVALUATION_LIMITS,
  KPI_ACHIEVEMENTS,
  evaluationInputSchema,
  type Evaluation,
} from '@kyoso/contracts/evaluations';
import { COMPLETION_OUTCOMES } from '@kyoso/contracts/workflow';
import { SROI_LIMITS } from '@kyoso/impact/sroi';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useRecordEvaluationMutation } from '../api/record-evaluation';
import {
  emptyOutcome,
  evaluationRequest,
  evaluationValues,
  previewSroi,
  toNumber,
  type OutcomeValues,
} from './evaluation-values';
import { SroiFigures } from './evaluation-view';
import { FormButtons } from '../../../components/ui/form-buttons';

const RATES = ['deadweight', 'displacement', 'attribution', 'dropOff'] as const;

/**
 * The lead department records the evaluation (a new version each time): what each KPI achieved,
 * what worked and what did not, the next stage and why, and, if wanted, the SROI.
 */
export function EvaluationForm({
  proposalId,
  current,
  kpis,
  onDone,
  onCancel,
}: {
  proposalId: string;
  current: Evaluation | null;
  kpis: readonly { id: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT(recordsMessages);
  const tw = useT(workflowMessages);
  const record = useRecordEvaluationMutation(proposalId);
  const form = useForm({
    schema: evaluationInputSchema,
    initialValues: evaluationValues(current, kpis),
    toRequest: (values) => evaluationRequest(values, current?.version ?? 0),
    onSubmit: async (body) => {
      await record.mutateAsync(body);
      onDone();
    },
  });
  const v = form.values;
  const text = (key: 'whatWorked' | 'whatDidNot' | 'cityComment' | 'nextStageReason') => ({
    name: key,
    value: v[key],
    onChange: (value: string) => form.setValue(key, value),
    error: form.errors[key],
    maxLength: EVALUATION_LIMITS.text,
    rows: 4,
  });
  const setAchievement = (index: number, patch: Partial<(typeof v.achievements)[number]>) =>
    form.setValue(
      'achievements',
      v.achievements.map((a, i) => (i === index ? { ...a, ...patch } : a)),
    );
  const setOutcome = (index: number, patch: Partial<OutcomeValues>) =>
    form.setValue(
      'outcomes',
      v.outcomes.map((o, i) => (i === index ? { ...o, ...patch } : o)),
    );
  const outcomeField = (index: number, key: keyof OutcomeValues) => ({
    name: `sroi.outcomes.${index}.${key}`,
    value: v.outcomes[index]?.[key] ?? '',
    onChange: (value: string) => setOutcome(index, { [key]: value }),
    error: form.errors[`sroi.outcomes.${index}.${key}`],
  });
  const preview = previewSroi(v);

  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h3>{t(current ? 'evaluation.form.revise' : 'evaluation.form.new')}</h3>
      <ErrorSummary errors={form.errors} message={form.formError} />

      <fieldset className="fieldset-group">
        <legend>{t('evaluation.panel.achievements')}</legend>
        {v.achievements.length === 0 ? (
          <p className="muted">{t('evaluation.panel.noAchievements')}</p>
        ) : null}
        {v.achievements.map((a, index) => (
          <div key={a.kpiId}>
            <SelectField
              label={t('evaluation.form.achievement', { kpi: a.kpiName })}
              name={`achievements.${index}.achievement`}
              required
              placeholder={t('evaluation.form.choose')}
              options={KPI_ACHIEVEMENTS.map((value) => ({
                value,
                label: t(`evaluation.achievement.${value}`),
              }))}
              value={a.achievement}
              onChange={(value) =>
                setAchievement(index, {
                  achievement: KPI_ACHIEVEMENTS.find((x) => x === value) ?? '',
                })
              }
              error={form.errors[`achievements.${index}.achievement`]}
            />
            <TextAreaField
              label={t('evaluation.form.achievementComment', { kpi: a.kpiName })}
              name={`achievements.${index}.comment`}
              markOptional
              rows={2}
              maxLength={EVALUATION_LIMITS.text}
              value={a.comment}
              onChange={(value) => setAchievement(index, { comment: value })}
              error={form.errors[`achievements.${index}.comment`]}
            />
          </div>
        ))}
      </fieldset>

      <TextAreaField label={t('evaluation.panel.whatWorked')} required {...text('whatWorked')} />
      <TextAreaField
        label={t('evaluation.panel.whatDidNot')}
        required
        hint={t('evaluation.form.whatDidNotHint')}
        {...text('whatDidNot')}
      />
      <TextAreaField
        label={t('evaluation.panel.cityComment')}
        markOptional
        {...text('cityComment')}
      />
      <SelectField
        label={t('evaluation.panel.nextStage')}
        name="nextStage"
        required
        placeholder={t('evaluation.form.choose')}
        options={COMPLETION_OUTCOMES.map((value) => ({ value, label: tw(`outcome.${value}`) }))}
        value={v.nextStage}
        onChange={(value) =>
          form.setValue('nextStage', COMPLETION_OUTCOMES.find((x) => x === value) ?? '')
        }
        error={form.errors.nextStage}
      />
      <TextAreaField
        label={t('evaluation.form.nextStageReason')}
        required
        {...text('nextStageReason')}
      />

      <fieldset className="fieldset-group">
        <legend>{t('evaluation.sroi.title')}</legend>
        <CheckboxField
          label={t('evaluation.form.withSroi')}
          name="withSroi"
          checked={v.withSroi}
          onChange={(checked) => form.setValue('withSroi', checked)}
        />
        {v.withSroi ? (
          <>
            <p className="muted">{t('evaluation.form.sroiHint')}</p>
            <div className="grid-2">
              <TextField
                label={t('evaluation.sroi.investment')}
                name="sroi.investmentYen"
                required
                value={v.investmentYen}
                onChange={(value) => form.setValue('investmentYen', value)}
                error={form.errors['sroi.investmentYen']}
              />
              <TextField
                label={t('evaluation.form.discountRate')}
                name="sroi.discountRate"
                required
                value={v.discountRate}
                onChange={(value) => form.setValue('discountRate', value)}
                error={form.errors['sroi.discountRate']}
              />
            </div>
            {v.outcomes.map((o, index) => (
              <fieldset key={index} className="fieldset-group">
                <legend>{o.name || t('evaluation.form.outcome', { number: index + 1 })}</legend>
                <TextField
                  label={t('evaluation.form.outcomeName')}
                  required
                  maxLength={EVALUATION_LIMITS.name}
                  {...outcomeField(index, 'name')}
                />
                <TextField
                  label={t('evaluation.form.stakeholder')}
                  markOptional
                  maxLength={EVALUATION_LIMITS.name}
                  {...outcomeField(index, 'stakeholder')}
                />
                <div className="grid-2">
                  <TextField
                    label={t('evaluation.form.quantity')}
                    required
                    {...outcomeField(index, 'quantity')}
                  />
                  <TextField
                    label={t('evaluation.form.financialProxy')}
                    required
                    {...outcomeField(index, 'financialProxyYen')}
                  />
                </div>
                <div className="grid-2">
                  {RATES.map((rate) => (
                    <TextField
                      key={rate}
                      label={t(`evaluation.form.${rate}`)}
                      required
                      {...outcomeField(index, rate)}
                    />
                  ))}
                </div>
                <TextField
                  label={t('evaluation.form.durationYears')}
                  required
                  {...outcomeField(index, 'durationYears')}
                />
                {v.outcomes.length > 1 ? (
                  <button
                    type="button"
                    className="button button--danger-ghost button--small"
                    onClick={() =>
                      form.setValue(
                        'outcomes',
                        v.outcomes.filter((_, i) => i !== index),
                      )
                    }
                  >
                    {t('evaluation.form.removeOutcome', {
                      name: o.name || t('evaluation.form.outcome', { number: index + 1 }),
                    })}
                  </button>
                ) : null}
              </fieldset>
            ))}
            {v.outcomes.length < SROI_LIMITS.maxOutcomes ? (
              <p>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => form.setValue('outcomes', [...v.outcomes, emptyOutcome()])}
                >
                  {t('evaluation.form.addOutcome')}
                </button>
              </p>
            ) : null}
            <div aria-live="polite">
              {preview ? (
                <>
                  <p>
                    <strong>{t('evaluation.form.preview')}</strong>
                  </p>
                  <SroiFigures result={preview} investmentYen={toNumber(v.investmentYen) ?? 0} />
                </>
              ) : (
                <p className="muted">{t('evaluation.form.previewPending')}</p>
              )}
            </div>
          </>
        ) : null}
      </fieldset>

      <FormButtons
        submitting={form.submitting}
        label={t('evaluation.form.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
