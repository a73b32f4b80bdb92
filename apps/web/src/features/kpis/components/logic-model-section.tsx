import { useState } from 'react';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import {
  KPI_LIMITS,
  LOGIC_MODEL_COLUMNS,
  logicModelInputSchema,
  type LogicModel,
} from '@kyoso/contracts/kpis';
import { TextAreaField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useSaveLogicModelMutation } from '../api/save-logic-model';
import { columnError, logicModelRequest, logicModelValues } from './kpi-values';
import { FormButtons } from '../../../components/ui/form-buttons';

function LogicModelForm({
  proposalId,
  model,
  onDone,
  onCancel,
}: {
  proposalId: string;
  model: LogicModel;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT(recordsMessages);
  const save = useSaveLogicModelMutation(proposalId);
  const form = useForm({
    schema: logicModelInputSchema,
    initialValues: logicModelValues(model),
    toRequest: (values) => logicModelRequest(values, model.version),
    onSubmit: async (body) => {
      await save.mutateAsync(body);
      onDone();
    },
  });
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h4>{t('logicModel.form.title')}</h4>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {LOGIC_MODEL_COLUMNS.map((column) => (
        <TextAreaField
          key={column}
          label={t(`logicModel.${column}`)}
          name={column}
          rows={4}
          markOptional
          hint={t('logicModel.form.hint', {
            items: KPI_LIMITS.logicModelItems,
            chars: KPI_LIMITS.logicModelItem,
          })}
          value={form.values[column]}
          onChange={(v) => form.setValue(column, v)}
          error={columnError(form.errors, column)}
        />
      ))}
      <FormButtons
        submitting={form.submitting}
        label={t('logicModel.form.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The five columns of the logic model; either side edits it (a new version each time). */
export function LogicModelSection({
  proposalId,
  model,
  canEdit,
}: {
  proposalId: string;
  model: LogicModel;
  canEdit: boolean;
}) {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedRef = useFocusWhen<HTMLParagraphElement>(saved);
  return (
    <section aria-labelledby="logic-model-heading">
      <h3 id="logic-model-heading">{t('logicModel.title')}</h3>
      <p className="muted">
        {model.version === 0 || !model.updatedAt || !model.updatedBySide
          ? t('logicModel.panel.draft')
          : t('logicModel.panel.version', {
              version: model.version,
              side: t(`logicModel.panel.side.${model.updatedBySide}`),
              date: formatDateTime(model.updatedAt, language),
            })}
      </p>
      {saved ? (
        <p ref={savedRef} tabIndex={-1} role="status" className="muted">
          {t('logicModel.panel.saved')}
        </p>
      ) : null}
      {editing ? (
        <LogicModelForm
          proposalId={proposalId}
          model={model}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <>
          <dl className="logic-model">
            {LOGIC_MODEL_COLUMNS.map((column) => (
              <div key={column} className="logic-model__column">
                <dt>{t(`logicModel.${column}`)}</dt>
                <dd>
                  {model[column].length > 0 ? (
                    <ul className="plain-list">
                      {model[column].map((item, index) => (
                        <li key={index}>{item}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('logicModel.panel.empty')}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {canEdit ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('logicModel.panel.edit')}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
