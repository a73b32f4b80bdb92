import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { useState } from 'react';
import type { Department } from '@kyoso/contracts/departments';
import type { Proposal } from '@kyoso/contracts/proposals';
import {
  ACTIONS,
  COMPLETION_OUTCOMES,
  DECLINE_REASON_CODES,
  type WorkflowAction,
} from '@kyoso/contracts/workflow';
import { DECLINE_TEMPLATE_KEYS, DECLINE_TEMPLATES } from '@kyoso/contracts/decline-templates';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import type { routingSuggestionsResponseSchema } from '@kyoso/contracts/routing';
import { transitionBodySchema } from '@kyoso/contracts/transitions';
import type { z } from 'zod';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../../components/ui/field';
import { ErrorSummary } from '../../components/ui/feedback';
import { api } from '../../lib/api-client';
import { useForm } from '../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useI18n, useT } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';

type Values = {
  reason: string;
  message: string;
  comment: string;
  reasonCodes: string[];
  leadDepartmentId: string;
  supportingDepartmentIds: string[];
  note: string;
  resumeOn: string;
  outcome: string;
};

const EMPTY: Values = {
  reason: '',
  message: '',
  comment: '',
  reasonCodes: [],
  leadDepartmentId: '',
  supportingDepartmentIds: [],
  note: '',
  resumeOn: '',
  outcome: '',
};

/** The body the API expects for an action, from the form's values. */
function bodyFor(action: WorkflowAction, version: number, v: Values): Record<string, unknown> {
  switch (action) {
    case 'request_info':
    case 'return_assignment':
      return { action, version, reason: v.reason };
    case 'provide_info':
      return { action, version, message: v.message };
    case 'decline':
      return { action, version, reasonCodes: v.reasonCodes, reason: v.reason };
    case 'route':
      return {
        action,
        version,
        leadDepartmentId: v.leadDepartmentId,
        supportingDepartmentIds: v.supportingDepartmentIds,
        note: v.note || undefined,
      };
    case 'hold':
      return { action, version, resumeOn: v.resumeOn, reason: v.reason };
    case 'complete':
      return { action, version, outcome: v.outcome, comment: v.comment || undefined };
    case 'withdraw':
      return { action, version, reason: v.reason || undefined };
    case 'submit':
      return { action, version };
    default:
      return { action, version, comment: v.comment || undefined };
  }
}

function ActionForm({
  proposal,
  action,
  onDone,
  onCancel,
}: {
  proposal: Proposal;
  action: WorkflowAction;
  onDone: (p: Proposal) => void;
  onCancel: () => void;
}) {
  const td = useT(domainMessages);
  const tw = useT(workflowMessages);
  const t = useT(appMessages);
  const { l, language } = useI18n();
  const departments = useApi(
    (signal) => api<{ departments: Department[] }>('/api/departments', { signal }),
    action === 'route' ? 'departments' : null,
  );
  const definition = ACTIONS[action];
  const form = useForm({
    schema: transitionBodySchema,
    initialValues: EMPTY,
    toRequest: (values) => bodyFor(action, proposal.version, values),
    onSubmit: async (body) => {
      if (
        definition.confirm &&
        !window.confirm(tw(`action.${action}.confirm` as 'action.submit.confirm'))
      ) {
        return;
      }
      const res = await api<{ proposal: Proposal }>(`/api/proposals/${proposal.id}/transitions`, {
        method: 'POST',
        body,
      });
      onDone(res.proposal);
    },
  });
  const options = (departments.data?.departments ?? []).filter(
    (d) => !d.isCoordinatorDesk && d.level === 'section',
  );
  const choose = language === 'ja' ? '選んでください' : 'Choose one';
  return (
    <form className="form action-form" onSubmit={form.handleSubmit} noValidate>
      <h3>{tw(`action.${action}.label`)}</h3>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {action === 'decline' ? (
        <SelectField
          label={language === 'ja' ? '返信のひな形' : 'Start from a template'}
          name="template"
          value=""
          placeholder={
            language === 'ja'
              ? 'ひな形を選ぶと理由に反映されます'
              : 'Pick one to fill in the reasons'
          }
          hint={
            language === 'ja'
              ? '選んだ後で、提案に合わせて文面を編集してください。'
              : 'Then edit the text to fit this proposal.'
          }
          onChange={(key) => {
            const template = DECLINE_TEMPLATE_KEYS.find((x) => x === key);
            if (template) {
              form.setValue('reasonCodes', [...DECLINE_TEMPLATES[template]]);
              form.setValue('reason', td(`declineTemplate.${template}.text`));
            }
          }}
          options={DECLINE_TEMPLATE_KEYS.map((x) => ({
            value: x,
            label: td(`declineTemplate.${x}.title`),
          }))}
        />
      ) : null}
      {action === 'decline' ? (
        <ChoiceGroup
          legend={language === 'ja' ? '理由の区分' : 'Reason categories'}
          name="reasonCodes"
          type="checkbox"
          required
          options={DECLINE_REASON_CODES.map((code) => ({
            value: code,
            label: tw(`declineReason.${code}`),
          }))}
          selected={form.values.reasonCodes}
          onChange={(v) => form.setValue('reasonCodes', v)}
          error={form.errors.reasonCodes}
        />
      ) : null}
      {action === 'route' ? (
        <>
          <RouteSuggestions
            proposalId={proposal.id}
            chosen={form.values.leadDepartmentId}
            onChoose={(id) => form.setValue('leadDepartmentId', id)}
          />
          <SelectField
            label={language === 'ja' ? '主担当の部署' : 'Lead department'}
            name="leadDepartmentId"
            required
            value={form.values.leadDepartmentId}
            placeholder={choose}
            onChange={(v) => form.setValue('leadDepartmentId', v)}
            options={options.map((d) => ({ value: d.id, label: l(d.fullName) }))}
            error={form.errors.leadDepartmentId}
          />
          <ChoiceGroup
            legend={language === 'ja' ? '支援部署' : 'Supporting departments'}
            name="supportingDepartmentIds"
            type="checkbox"
            options={options
              .filter((d) => d.id !== form.values.leadDepartmentId)
              .map((d) => ({ value: d.id, label: l(d.fullName) }))}
            selected={form.values.supportingDepartmentIds}
            onChange={(v) => form.setValue('supportingDepartmentIds', v)}
            error={form.errors.supportingDepartmentIds}
          />
          <TextAreaField
            label={language === 'ja' ? '部署へのメモ' : 'Note to the departments'}
            name="note"
            value={form.values.note}
            onChange={(v) => form.setValue('note', v)}
            maxLength={2000}
            rows={3}
            error={form.errors.note}
          />
        </>
      ) : null}
      {action === 'hold' ? (
        <TextField
          label={language === 'ja' ? '再開予定日' : 'Resume on'}
          name="resumeOn"
          type="date"
          required
          value={form.values.resumeOn}
          onChange={(v) => form.setValue('resumeOn', v)}
          error={form.errors.resumeOn}
        />
      ) : null}
      {action === 'complete' ? (
        <SelectField
          label={language === 'ja' ? '次の展開' : 'Next stage'}
          name="outcome"
          required
          value={form.values.outcome}
          placeholder={choose}
          onChange={(v) => form.setValue('outcome', v)}
          options={COMPLETION_OUTCOMES.map((o) => ({
            value: o,
            label: tw(`outcome.${o}`),
          }))}
          error={form.errors.outcome}
        />
      ) : null}
      {REASON_ACTIONS.includes(action) ? (
        <TextAreaField
          label={
            action === 'request_info'
              ? language === 'ja'
                ? '提案者へのご質問'
                : 'Your questions to the proposer'
              : language === 'ja'
                ? '理由'
                : 'Reason'
          }
          name="reason"
          required={action !== 'withdraw'}
          value={form.values.reason}
          onChange={(v) => form.setValue('reason', v)}
          maxLength={4000}
          error={form.errors.reason}
          hint={
            action === 'decline'
              ? language === 'ja'
                ? '提案者に届く文章です。具体的な理由と、次にできること（例: 調達窓口のご案内）を書いてください。'
                : 'The proposer reads this. Give concrete reasons and what they can do next.'
              : undefined
          }
        />
      ) : null}
      {action === 'provide_info' ? (
        <TextAreaField
          label={language === 'ja' ? '回答' : 'Your answer'}
          name="message"
          required
          value={form.values.message}
          onChange={(v) => form.setValue('message', v)}
          maxLength={4000}
          error={form.errors.message}
        />
      ) : null}
      {!REASON_ACTIONS.includes(action) && action !== 'provide_info' && action !== 'submit' ? (
        <TextAreaField
          label={language === 'ja' ? 'コメント' : 'Comment'}
          name="comment"
          value={form.values.comment}
          onChange={(v) => form.setValue('comment', v)}
          maxLength={4000}
          rows={3}
          error={form.errors.comment}
        />
      ) : null}
      <div className="button-row">
        <button
          type="submit"
          className={`button${action === 'decline' || action === 'withdraw' ? ' button--danger' : ''}`}
          disabled={form.submitting}
        >
          {form.submitting ? t('common.sending') : tw(`action.${action}.label`)}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

type Suggestions = z.infer<typeof routingSuggestionsResponseSchema>;

/** Departments that fit the proposal, best first, with the words that matched. */
function RouteSuggestions({
  proposalId,
  chosen,
  onChoose,
}: {
  proposalId: string;
  chosen: string;
  onChoose: (departmentId: string) => void;
}) {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const state = useApi(
    (signal) => api<Suggestions>(`/api/proposals/${proposalId}/routing-suggestions`, { signal }),
    proposalId,
  );
  const suggestions = state.data?.suggestions ?? [];
  return (
    <div className="field">
      <h4>{ja ? '担当部署の候補' : 'Suggested departments'}</h4>
      {state.data && suggestions.length === 0 ? (
        <p className="muted">
          {ja
            ? '提案の内容から候補を見つけられませんでした。一覧から選んでください。'
            : 'No department matched the text. Choose one from the list.'}
        </p>
      ) : null}
      <ol className="suggestions">
        {suggestions.map((s) => (
          <li key={s.department.id}>
            <strong>{s.department.fullName[language]}</strong>{' '}
            <span className="muted">
              {s.reason === 'theme'
                ? ja
                  ? '（テーマの担当部署）'
                  : '(the theme’s department)'
                : s.reason === 'history'
                  ? ja
                    ? '（過去に受け付けた提案と共通）'
                    : '(like proposals it accepted before)'
                  : ja
                    ? '（部署の所管・キーワードと一致）'
                    : '(matches its mission and keywords)'}
            </span>
            {s.matchedWords.length > 0 ? (
              <p className="muted">
                {ja ? '一致した語: ' : 'Matched: '}
                {s.matchedWords.join(ja ? '、' : ', ')}
              </p>
            ) : null}
            <button
              type="button"
              className="button button--small button--secondary"
              aria-pressed={chosen === s.department.id}
              onClick={() => onChoose(s.department.id)}
            >
              {chosen === s.department.id
                ? ja
                  ? `${l(s.department.name)}を主担当に選択中`
                  : `${l(s.department.name)} chosen as lead`
                : ja
                  ? `${l(s.department.name)}を主担当にする`
                  : `Make ${l(s.department.name)} the lead`}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

const REASON_ACTIONS: WorkflowAction[] = [
  'request_info',
  'return_assignment',
  'decline',
  'hold',
  'withdraw',
];

/** The workflow actions the reader may take now (from the API's `allowedActions`). */
export function ActionPanel({
  proposal,
  onChange,
  exclude = [],
}: {
  proposal: Proposal;
  onChange: (p: Proposal) => void;
  exclude?: WorkflowAction[];
}) {
  const tw = useT(workflowMessages);
  const { language } = useI18n();
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const actions = proposal.allowedActions.filter((a) => !exclude.includes(a));
  if (actions.length === 0) {
    return null;
  }
  return (
    <section className="card action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{language === 'ja' ? 'できる操作' : 'What you can do'}</h2>
      {open ? (
        <ActionForm
          proposal={proposal}
          action={open}
          onCancel={() => setOpen(null)}
          onDone={(p) => {
            setOpen(null);
            onChange(p);
          }}
        />
      ) : (
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button${action === 'decline' || action === 'withdraw' ? ' button--danger-ghost' : ''}`}
              onClick={() => setOpen(action)}
            >
              {tw(`action.${action}.label`)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
