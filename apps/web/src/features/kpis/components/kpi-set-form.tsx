import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { KPI_LIMITS, KPI_PERIODS, kpisInputSchema } from '@kyoso/contracts/kpis';
import { SelectField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useSaveKpisMutation } from '../api/save-kpis';
import { emptyKpiRow, kpisRequest, type KpiRowValues } from './kpi-values';
import { FormButtons } from '../../../components/ui/form-buttons';

/** The KPI set, both sides: name, unit, baseline, target, how often, where the figures come from. */
export function KpiSetForm({
  proposalId,
  initialRows,
  version,
  onDone,
  onCancel,
}: {
  proposalId: string;
  initialRows: KpiRowValues[];
  version: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT(recordsMessages);
  const save = useSaveKpisMutation(proposalId);
  const form = useForm({
    schema: kpisInputSchema,
    initialValues: { rows: initialRows.length > 0 ? initialRows : [emptyKpiRow()] },
    toRequest: (values) => kpisRequest(values.rows, version),
    onSubmit: async (body) => {
      await save.mutateAsync(body);
      onDone();
    },
  });
  const rows = form.values.rows;
  const setRow = (index: number, patch: Partial<KpiRowValues>) => {
    form.setValue(
      'rows',
      rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
    const changed = Object.keys(patch).map((key) => `kpis.${index}.${key}`);
    if (changed.some((path) => path in form.errors)) {
      form.setErrors(
        Object.fromEntries(Object.entries(form.errors).filter(([path]) => !changed.includes(path))),
      );
    }
  };
  const field = (index: number, key: keyof KpiRowValues) => ({
    name: `kpis.${index}.${key}`,
    value: rows[index]?.[key] ?? '',
    onChange: (value: string) => setRow(index, { [key]: value }),
    error: form.errors[`kpis.${index}.${key}`],
  });
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h4>{t('kpi.form.title')}</h4>
      <p className="muted">{t('kpi.form.hint')}</p>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {rows.map((row, index) => (
        <fieldset key={index} className="fieldset-group">
          <legend>{row.name || t('kpi.form.item', { number: index + 1 })}</legend>
          <TextField
            label={t('kpi.form.name')}
            required
            maxLength={KPI_LIMITS.name}
            {...field(index, 'name')}
          />
          <div className="grid-2">
            <TextField
              label={t('kpi.form.baseline')}
              required
              inputMode="text"
              {...field(index, 'baseline')}
            />
            <TextField
              label={t('kpi.form.target')}
              required
              inputMode="text"
              {...field(index, 'target')}
            />
          </div>
          <TextField
            label={t('kpi.form.unit')}
            required
            maxLength={KPI_LIMITS.unit}
            hint={t('kpi.form.unitHint')}
            {...field(index, 'unit')}
          />
          <div className="grid-2">
            <SelectField
              label={t('kpi.form.period')}
              required
              options={KPI_PERIODS.map((p) => ({ value: p, label: t(`kpi.period.${p}`) }))}
              {...field(index, 'period')}
            />
            <TextField
              label={t('kpi.form.startsOn')}
              type="date"
              required
              {...field(index, 'startsOn')}
            />
          </div>
          <TextField
            label={t('kpi.form.source')}
            required
            maxLength={KPI_LIMITS.source}
            hint={t('kpi.form.sourceHint')}
            {...field(index, 'source')}
          />
          {rows.length > 1 ? (
            <button
              type="button"
              className="button button--danger-ghost button--small"
              onClick={() =>
                form.setValue(
                  'rows',
                  rows.filter((_, i) => i !== index),
                )
              }
            >
              {t('kpi.form.remove', {
                name: row.name || t('kpi.form.item', { number: index + 1 }),
              })}
            </button>
          ) : null}
        </fieldset>
      ))}
      {rows.length < KPI_LIMITS.kpis ? (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => form.setValue('rows', [...rows, emptyKpiRow(rows[0]?.startsOn ?? '')])}
          >
            {t('kpi.form.add')}
          </button>
        </p>
      ) : null}
      <FormButtons submitting={form.submitting} label={t('kpi.form.submit')} onCancel={onCancel} />
    </form>
  );
}
