import { useState } from 'react';
import {
  COLLABORATION_LIMITS,
  dialogueCommentBodySchema,
  dialogueInputSchema,
  type Dialogue,
} from '@kyoso/contracts/collaboration';
import type { LocalizedText } from '@kyoso/i18n/languages';
import type { Proposal } from '@kyoso/contracts/proposals';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/ui/field';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/ui/feedback';
import { api } from '../../lib/api-client';
import { useForm } from '../../lib/form';
import { formatDate, formatDateTime, useI18n } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';

export const ROUND_LABELS: Record<1 | 2, LocalizedText> = {
  1: {
    ja: '対話①（目的・価値・役割分担・ビジネスモデル）',
    en: 'Dialogue ① (purpose, value, roles, business model)',
  },
  2: {
    ja: '対話②（法令・ルール、リスク分担、KPI）',
    en: 'Dialogue ② (laws and rules, shared risks, KPIs)',
  },
};

type ItemValues = { description: string; ownerSide: string; ownerName: string; dueOn: string };
type DialogueValues = {
  round: string;
  heldOn: string;
  cityAttendees: string;
  proposerAttendees: string;
  minutes: string;
  actionItems: ItemValues[];
};

const emptyItem = (): ItemValues => ({
  description: '',
  ownerSide: 'proposer',
  ownerName: '',
  dueOn: '',
});

function toValues(d: Dialogue | null, nextRound: 1 | 2): DialogueValues {
  return d
    ? {
        round: String(d.round),
        heldOn: d.heldOn,
        cityAttendees: d.cityAttendees,
        proposerAttendees: d.proposerAttendees,
        minutes: d.minutes,
        actionItems: d.actionItems.map((i) => ({
          description: i.description,
          ownerSide: i.ownerSide,
          ownerName: i.ownerName,
          dueOn: i.dueOn ?? '',
        })),
      }
    : {
        round: String(nextRound),
        heldOn: '',
        cityAttendees: '',
        proposerAttendees: '',
        minutes: '',
        actionItems: [],
      };
}

/** The lead department's form: a new record, or a correction of one not yet confirmed. */
function DialogueForm({
  proposalId,
  existing,
  nextRound,
  onDone,
  onCancel,
}: {
  proposalId: string;
  existing: Dialogue | null;
  nextRound: 1 | 2;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const form = useForm({
    schema: dialogueInputSchema,
    initialValues: toValues(existing, nextRound),
    toRequest: (v) => ({
      ...v,
      round: Number(v.round),
      actionItems: v.actionItems.map((i) => ({ ...i, dueOn: i.dueOn || null })),
    }),
    onSubmit: async (body) => {
      await api(
        existing
          ? `/api/proposals/${proposalId}/dialogues/${existing.id}`
          : `/api/proposals/${proposalId}/dialogues`,
        { method: existing ? 'PUT' : 'POST', body },
      );
      onDone();
    },
  });
  const setItem = (index: number, patch: Partial<ItemValues>) =>
    form.setValue(
      'actionItems',
      form.values.actionItems.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    );
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h3>
        {existing
          ? ja
            ? '記録を修正する'
            : 'Correct the record'
          : ja
            ? '対話の記録を登録する'
            : 'Record a dialogue'}
      </h3>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <SelectField
        label={ja ? '対話' : 'Dialogue'}
        name="round"
        required
        value={form.values.round}
        onChange={(v) => form.setValue('round', v)}
        options={[1, 2].map((n) => ({ value: String(n), label: l(ROUND_LABELS[n as 1 | 2]) }))}
        error={form.errors.round}
      />
      <TextField
        label={ja ? '実施日' : 'Held on'}
        name="heldOn"
        type="date"
        required
        value={form.values.heldOn}
        onChange={(v) => form.setValue('heldOn', v)}
        error={form.errors.heldOn}
      />
      <TextField
        label={ja ? '出席者（市）' : 'Attendees (city)'}
        name="cityAttendees"
        required
        value={form.values.cityAttendees}
        onChange={(v) => form.setValue('cityAttendees', v)}
        maxLength={COLLABORATION_LIMITS.attendees}
        error={form.errors.cityAttendees}
      />
      <TextField
        label={ja ? '出席者（提案者）' : 'Attendees (proposer)'}
        name="proposerAttendees"
        required
        value={form.values.proposerAttendees}
        onChange={(v) => form.setValue('proposerAttendees', v)}
        maxLength={COLLABORATION_LIMITS.attendees}
        error={form.errors.proposerAttendees}
      />
      <TextAreaField
        label={ja ? '議事の要旨' : 'Minutes'}
        name="minutes"
        required
        rows={8}
        value={form.values.minutes}
        onChange={(v) => form.setValue('minutes', v)}
        maxLength={COLLABORATION_LIMITS.minutes}
        error={form.errors.minutes}
        hint={
          form.values.round === '1'
            ? ja
              ? '目的、提供される価値、市と提案者の役割分担、ビジネスモデルについて確認したこと。'
              : 'What was agreed on purpose, value, roles and business model.'
            : ja
              ? '関係する法令・ルール、リスクの分担、KPIについて確認したこと。'
              : 'What was agreed on laws and rules, shared risks and KPIs.'
        }
      />
      <fieldset className="fieldset-group">
        <legend>{ja ? '宿題事項（アクションアイテム）' : 'Action items'}</legend>
        {form.values.actionItems.map((item, index) => (
          <div key={index} className="card">
            <TextField
              label={ja ? `内容 ${index + 1}` : `Item ${index + 1}`}
              name={`actionItems.${index}.description`}
              required
              value={item.description}
              onChange={(v) => setItem(index, { description: v })}
              error={form.errors[`actionItems.${index}.description`]}
            />
            <SelectField
              label={ja ? '担当（市／提案者）' : 'Owner (city / proposer)'}
              name={`actionItems.${index}.ownerSide`}
              required
              value={item.ownerSide}
              onChange={(v) => setItem(index, { ownerSide: v })}
              options={[
                { value: 'city', label: ja ? '市' : 'City' },
                { value: 'proposer', label: ja ? '提案者' : 'Proposer' },
              ]}
            />
            <TextField
              label={ja ? '担当者名・チーム' : 'Owner name or team'}
              name={`actionItems.${index}.ownerName`}
              required
              value={item.ownerName}
              onChange={(v) => setItem(index, { ownerName: v })}
              error={form.errors[`actionItems.${index}.ownerName`]}
            />
            <TextField
              label={ja ? '期限' : 'Due'}
              name={`actionItems.${index}.dueOn`}
              type="date"
              markOptional
              value={item.dueOn}
              onChange={(v) => setItem(index, { dueOn: v })}
              error={form.errors[`actionItems.${index}.dueOn`]}
            />
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                form.setValue(
                  'actionItems',
                  form.values.actionItems.filter((_, i) => i !== index),
                )
              }
            >
              {ja ? `内容 ${index + 1} を削除` : `Remove item ${index + 1}`}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => form.setValue('actionItems', [...form.values.actionItems, emptyItem()])}
        >
          {ja ? '宿題事項を追加' : 'Add an action item'}
        </button>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {ja ? '記録を保存して提案者に知らせる' : 'Save and tell the proposer'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {ja ? 'キャンセル' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}

function CommentForm({
  proposalId,
  dialogueId,
  onDone,
}: {
  proposalId: string;
  dialogueId: string;
  onDone: () => void;
}) {
  const { language } = useI18n();
  const ja = language === 'ja';
  const form = useForm({
    schema: dialogueCommentBodySchema,
    initialValues: { body: '' },
    onSubmit: async (body) => {
      await api(`/api/proposals/${proposalId}/dialogues/${dialogueId}/comments`, {
        method: 'POST',
        body,
      });
      form.setValue('body', '');
      onDone();
    },
  });
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextAreaField
        label={ja ? 'コメント' : 'Comment'}
        name="body"
        required
        rows={3}
        maxLength={COLLABORATION_LIMITS.comment}
        value={form.values.body}
        onChange={(v) => form.setValue('body', v)}
        error={form.errors.body}
      />
      <button type="submit" className="button button--secondary" disabled={form.submitting}>
        {ja ? 'コメントを送る' : 'Send the comment'}
      </button>
    </form>
  );
}

/** STEP 3 dialogue records: the lead department writes them, the proposer confirms or comments. */
export function DialoguesPanel({
  proposal,
  onChange,
}: {
  proposal: Proposal;
  onChange: () => void;
}) {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const state = useApi(
    (signal) =>
      api<{ dialogues: Dialogue[] }>(`/api/proposals/${proposal.id}/dialogues`, { signal }),
    proposal.id,
  );
  const [editing, setEditing] = useState<Dialogue | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isLead = proposal.viewerRelations.includes('lead_department');
  const isProposer = proposal.viewerRelations.includes('proposer');
  const participant = isLead || isProposer;
  const dialogues = state.data?.dialogues ?? [];
  const nextRound: 1 | 2 = dialogues.some((d) => d.round === 1) ? 2 : 1;
  const refresh = () => {
    state.reload();
    onChange();
  };
  const act = async (url: string, method: 'POST' | 'PATCH', body?: unknown) => {
    setError(null);
    try {
      await api(url, { method, body });
      refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section aria-labelledby="dialogues-heading">
      <h2 id="dialogues-heading">{ja ? '対話の記録（STEP 3）' : 'Dialogue records (STEP 3)'}</h2>
      <p className="muted">
        {ja
          ? '担当部署と提案者の対話は2回です。対話①で目的・価値・役割分担・ビジネスモデルを、対話②で法令・ルール、リスク分担、KPIを確認します。対話②の記録ができると、庁内の検討（STEP 4）に進めます。'
          : 'The department and the proposer hold two dialogues: ① purpose, value, roles and business model; ② laws and rules, shared risks and KPIs. Once ② is recorded, the proposal can go to internal review (STEP 4).'}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {state.loading && !state.data ? <Loading /> : null}
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.data && dialogues.length === 0 ? (
        <p>{ja ? 'まだ記録はありません。' : 'Nothing recorded yet.'}</p>
      ) : null}
      {dialogues.map((d) => (
        <article key={d.id} className="card dialogue" aria-labelledby={`dialogue-${d.id}`}>
          <h3 id={`dialogue-${d.id}`}>{l(ROUND_LABELS[d.round])}</h3>
          <dl className="facts">
            <dt>{ja ? '実施日' : 'Held on'}</dt>
            <dd>{formatDate(d.heldOn, language)}</dd>
            <dt>{ja ? '出席者（市）' : 'Attendees (city)'}</dt>
            <dd>{d.cityAttendees}</dd>
            <dt>{ja ? '出席者（提案者）' : 'Attendees (proposer)'}</dt>
            <dd>{d.proposerAttendees}</dd>
            <dt>{ja ? '提案者の確認' : 'Confirmed by the proposer'}</dt>
            <dd>
              {d.confirmedAt
                ? `${ja ? '確認済み' : 'Confirmed'}（${formatDateTime(d.confirmedAt, language)}）`
                : ja
                  ? '未確認'
                  : 'Not yet'}
            </dd>
          </dl>
          <h4>{ja ? '議事の要旨' : 'Minutes'}</h4>
          <p className="prewrap">{d.minutes}</p>
          {d.actionItems.length > 0 ? (
            <>
              <h4>{ja ? '宿題事項' : 'Action items'}</h4>
              <ul className="plain-list action-items">
                {d.actionItems.map((item) => {
                  const label = `${item.description}（${item.ownerSide === 'city' ? (ja ? '市' : 'City') : ja ? '提案者' : 'Proposer'}・${item.ownerName}${item.dueOn ? `・${ja ? '期限' : 'due'} ${formatDate(item.dueOn, language)}` : ''}）`;
                  return (
                    <li key={item.id}>
                      {participant ? (
                        <CheckboxField
                          label={label}
                          name={`item-${item.id}`}
                          checked={item.done}
                          onChange={(done) =>
                            void act(
                              `/api/proposals/${proposal.id}/dialogues/${d.id}/action-items/${item.id}`,
                              'PATCH',
                              { done },
                            )
                          }
                        />
                      ) : (
                        <span className={item.done ? 'action-items__done' : undefined}>
                          {label} {item.done ? (ja ? '（完了）' : '(done)') : ''}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {d.comments.length > 0 ? (
            <>
              <h4>{ja ? 'コメント' : 'Comments'}</h4>
              <ol className="thread">
                {d.comments.map((c) => (
                  <li key={c.id} className={`thread__item thread__item--${c.side}`}>
                    <p className="thread__head">
                      <strong>
                        {c.side === 'city'
                          ? (proposal.leadDepartment
                              ? l(proposal.leadDepartment.name)
                              : ja
                                ? '市'
                                : 'City') + (c.author ? ` ・ ${c.author}` : '')
                          : (c.author ?? proposal.organization.name)}
                      </strong>{' '}
                      ・ <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, language)}</time>
                    </p>
                    <p className="thread__body">{c.body}</p>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          <div className="button-row">
            {isProposer && !d.confirmedAt ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void act(`/api/proposals/${proposal.id}/dialogues/${d.id}/confirm`, 'POST')
                }
              >
                {ja ? '記録の内容を確認しました' : 'I confirm this record'}
              </button>
            ) : null}
            {isLead && !d.confirmedAt && proposal.status === 'dialogue' ? (
              <button type="button" className="button button--ghost" onClick={() => setEditing(d)}>
                {ja ? '記録を修正する' : 'Correct the record'}
              </button>
            ) : null}
          </div>
          {participant ? (
            <CommentForm proposalId={proposal.id} dialogueId={d.id} onDone={refresh} />
          ) : null}
        </article>
      ))}
      {isLead && proposal.status === 'dialogue' ? (
        editing ? (
          <DialogueForm
            key={editing === 'new' ? 'new' : editing.id}
            proposalId={proposal.id}
            existing={editing === 'new' ? null : editing}
            nextRound={nextRound}
            onCancel={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              refresh();
            }}
          />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {ja
                ? `${l(ROUND_LABELS[nextRound]).split('（')[0]}の記録を登録する`
                : `Record ${l(ROUND_LABELS[nextRound]).split(' (')[0]}`}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}
