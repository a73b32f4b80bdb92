import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_LIMITS,
  type Attachment,
} from '@kyoso/contracts/attachments';
import type { CalendarAssessment } from '@kyoso/contracts/calendar';
import type { Translate } from '@kyoso/i18n/core';
import { fieldLabel, formatIssue, issuePath } from '@kyoso/i18n/validation';
import {
  CITY_BUDGET_OPTIONS,
  CITY_RESOURCES,
  CONFIDENTIAL_SECTIONS,
  findSubmissionIssues,
  needsCityBudget,
  PROPOSAL_LIMITS,
  type Proposal,
} from '@kyoso/contracts/proposals';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { CheckboxField, ChoiceGroup, TextAreaField, TextField } from '../../../components/ui/field';
import { Alert, LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import {
  FIELD_TEXT,
  FORM_STEPS,
  stepOfField,
  type FieldName,
} from '../../../features/proposals/fields';
import { useDraft, type SaveStatus } from '../../../features/proposals/use-draft';
import { api, isApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';
import { NotFoundPage } from '../not-found';

type Draft = ReturnType<typeof useDraft>;

function SaveIndicator({
  status,
  savedAt,
  onRetry,
}: {
  status: SaveStatus;
  savedAt: Date | null;
  onRetry: () => void;
}) {
  const { language } = useI18n();
  const ja = language === 'ja';
  const time = savedAt ? formatDateTime(savedAt.toISOString(), language) : '';
  const text: Record<SaveStatus, string> = {
    saved: savedAt
      ? ja
        ? `保存しました（${time}）`
        : `Saved (${time})`
      : ja
        ? '保存済み'
        : 'Saved',
    dirty: ja ? '未保存の変更があります…' : 'Unsaved changes…',
    saving: ja ? '保存しています…' : 'Saving…',
    offline: ja
      ? '通信できないため保存できていません。入力内容はこの端末に保管しており、自動で再試行します。'
      : 'Cannot reach the server. What you typed is kept on this device and will be saved automatically.',
    invalid: ja
      ? '保存できない入力があります。赤く表示された項目を確認してください。'
      : 'Some fields cannot be saved. Check the fields marked in red.',
    failed: ja ? '保存できませんでした。' : 'Could not save.',
  };
  return (
    <div className={`save-indicator save-indicator--${status}`} role="status" aria-live="polite">
      <span>{text[status]}</span>
      {status === 'offline' || status === 'failed' ? (
        <button type="button" className="button button--small button--ghost" onClick={onRetry}>
          {ja ? '今すぐ再試行' : 'Retry now'}
        </button>
      ) : null}
    </div>
  );
}

function Text({
  draft,
  name,
  rows,
}: {
  draft: Draft;
  name:
    | 'title'
    | 'summary'
    | 'problem'
    | 'whyThisCity'
    | 'solution'
    | 'cityRole'
    | 'companyRole'
    | 'impact'
    | 'contactName';
  rows?: number;
}) {
  const { l } = useI18n();
  const limits = PROPOSAL_LIMITS[name];
  const common = {
    label: l(FIELD_TEXT[name].label),
    name,
    required: true,
    value: draft.values[name],
    onChange: (v: string) => draft.setField(name, v),
    onBlur: () => void draft.save(),
    error: draft.fieldErrors[name],
    hint: FIELD_TEXT[name].hint ? l(FIELD_TEXT[name].hint) : undefined,
    maxLength: limits.max,
  };
  return rows === 1 ? <TextField {...common} /> : <TextAreaField {...common} rows={rows ?? 6} />;
}

function KpiEditor({ draft }: { draft: Draft }) {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const kpis = draft.values.kpis;
  const update = (index: number, key: 'name' | 'target', value: string) =>
    draft.setField(
      'kpis',
      kpis.map((k, i) => (i === index ? { ...k, [key]: value } : k)),
    );
  return (
    <fieldset className="field fieldset">
      <legend className="field__label">
        {l(FIELD_TEXT.kpis.label)}
        <span className="badge badge--required">{ja ? '必須' : 'Required'}</span>
      </legend>
      <p className="field__hint">{l(FIELD_TEXT.kpis.hint)}</p>
      {draft.fieldErrors.kpis ? <p className="field__error">{draft.fieldErrors.kpis}</p> : null}
      {kpis.map((kpi, index) => (
        <div key={index} className="kpi-row">
          <TextField
            label={ja ? `指標 ${index + 1}` : `Indicator ${index + 1}`}
            name={`kpis.${index}.name`}
            value={kpi.name}
            onChange={(v) => update(index, 'name', v)}
            onBlur={() => void draft.save()}
            maxLength={PROPOSAL_LIMITS.kpiName.max}
            required
            error={draft.fieldErrors[`kpis.${index}.name`]}
          />
          <TextField
            label={ja ? `目標 ${index + 1}` : `Target ${index + 1}`}
            name={`kpis.${index}.target`}
            value={kpi.target}
            onChange={(v) => update(index, 'target', v)}
            onBlur={() => void draft.save()}
            maxLength={PROPOSAL_LIMITS.kpiTarget.max}
            required
            error={draft.fieldErrors[`kpis.${index}.target`]}
          />
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() =>
              draft.setField(
                'kpis',
                kpis.filter((_, i) => i !== index),
              )
            }
          >
            {ja ? `指標 ${index + 1} を削除` : `Remove indicator ${index + 1}`}
          </button>
        </div>
      ))}
      {kpis.length < PROPOSAL_LIMITS.kpis.max ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => draft.setField('kpis', [...kpis, { name: '', target: '' }])}
        >
          {ja ? 'KPIを追加' : 'Add a KPI'}
        </button>
      ) : null}
    </fieldset>
  );
}

function AttachmentsEditor({
  proposal,
  onChange,
}: {
  proposal: Proposal;
  onChange: (attachments: Attachment[]) => void;
}) {
  const td = useT(domainMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const [confidential, setConfidential] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const attachments = proposal.attachments;

  async function upload(file: File) {
    setError(null);
    if (file.size > ATTACHMENT_LIMITS.maxBytes) {
      setError(
        ja
          ? 'ファイルが大きすぎます。1ファイル10MBまでです。'
          : 'The file is too large: 10 MB at most per file.',
      );
      return;
    }
    const body = new FormData();
    body.append('confidential', String(confidential));
    body.append('file', file);
    setUploading(true);
    try {
      const res = await api<{ attachment: Attachment }>(
        `/api/proposals/${proposal.id}/attachments`,
        { method: 'POST', body },
      );
      onChange([...attachments, res.attachment]);
    } catch (e) {
      setError(
        isApiError(e)
          ? e.code === 'network.error'
            ? ja
              ? '通信できませんでした。もう一度お試しください。'
              : 'Network error: please try again.'
            : e.message
          : String(e),
      );
    } finally {
      setUploading(false);
      if (input.current) {
        input.current.value = '';
      }
    }
  }

  return (
    <section className="card" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{ja ? '添付ファイル' : 'Attachments'}</h2>
      <p className="field__hint">
        {ja
          ? `PDF、PNG・JPEG画像、Word・Excel・PowerPoint。1ファイル10MBまで、${ATTACHMENT_LIMITS.maxPerProposal}件まで。形式はファイルの中身で確認します。`
          : `PDF, PNG or JPEG images, Word, Excel or PowerPoint. Up to 10 MB each, ${ATTACHMENT_LIMITS.maxPerProposal} files. The content of each file is checked, not its name.`}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {attachments.length > 0 ? (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/proposals/${proposal.id}/attachments/${a.id}`}>{a.fileName}</a> (
              {td(`attachmentKind.${a.kind}`)}, {Math.ceil(a.sizeBytes / 1024)} KB)
              {a.confidential ? (
                <span className="badge badge--confidential">
                  {ja ? '秘密情報' : 'Confidential'}
                </span>
              ) : null}
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => {
                  void api<{ attachment: Attachment }>(
                    `/api/proposals/${proposal.id}/attachments/${a.id}`,
                    { method: 'PATCH', body: { confidential: !a.confidential } },
                  ).then((res) =>
                    onChange(attachments.map((x) => (x.id === a.id ? res.attachment : x))),
                  );
                }}
              >
                {a.confidential
                  ? ja
                    ? '秘密情報の指定を外す'
                    : 'Not confidential'
                  : ja
                    ? '秘密情報にする'
                    : 'Make confidential'}
                <span className="visually-hidden">: {a.fileName}</span>
              </button>
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => {
                  void api(`/api/proposals/${proposal.id}/attachments/${a.id}`, {
                    method: 'DELETE',
                  }).then(() => onChange(attachments.filter((x) => x.id !== a.id)));
                }}
              >
                {ja ? '削除' : 'Remove'}
                <span className="visually-hidden">: {a.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {attachments.length < ATTACHMENT_LIMITS.maxPerProposal ? (
        <div className="stack">
          <CheckboxField
            name="attachmentConfidential"
            checked={confidential}
            onChange={setConfidential}
            label={
              ja
                ? '次に追加するファイルを秘密情報として扱う'
                : 'Treat the next file as confidential'
            }
          />
          <label className="field__label" htmlFor="attachment-file">
            {ja ? 'ファイルを選んで追加' : 'Choose a file to add'}
          </label>
          <input
            ref={input}
            id="attachment-file"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            disabled={uploading}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) {
                void upload(file);
              }
            }}
          />
          {uploading ? <p role="status">{ja ? 'アップロードしています…' : 'Uploading…'}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

function StepContent({
  stepKey,
  draft,
  onAttachments,
}: {
  stepKey: string;
  draft: Draft;
  onAttachments: (a: Attachment[]) => void;
}) {
  const td = useT(domainMessages);
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const v = draft.values;
  switch (stepKey) {
    case 'overview':
      return (
        <>
          <Text draft={draft} name="title" rows={1} />
          <Text draft={draft} name="summary" rows={4} />
        </>
      );
    case 'problem':
      return (
        <>
          <Text draft={draft} name="problem" rows={8} />
          <Text draft={draft} name="whyThisCity" rows={5} />
        </>
      );
    case 'solution':
      return (
        <>
          <Text draft={draft} name="solution" rows={8} />
          <Text draft={draft} name="cityRole" rows={4} />
          <Text draft={draft} name="companyRole" rows={4} />
        </>
      );
    case 'budget':
      return (
        <>
          <ChoiceGroup
            legend={l(FIELD_TEXT.cityBudget.label)}
            hint={l(FIELD_TEXT.cityBudget.hint)}
            name="cityBudget"
            type="radio"
            required
            options={CITY_BUDGET_OPTIONS.map((o) => ({
              value: o,
              label: td(`cityBudget.${o}`),
            }))}
            selected={v.cityBudget ? [v.cityBudget] : []}
            onChange={(s) => draft.setField('cityBudget', (s[0] as typeof v.cityBudget) ?? null)}
            error={draft.fieldErrors.cityBudget}
          />
          {v.cityBudget && v.cityBudget !== 'none' ? (
            <TextField
              label={l(FIELD_TEXT.cityBudgetEstimateYen.label)}
              hint={l(FIELD_TEXT.cityBudgetEstimateYen.hint)}
              name="cityBudgetEstimateYen"
              inputMode="numeric"
              required={v.cityBudget === 'new'}
              value={v.cityBudgetEstimateYen === null ? '' : String(v.cityBudgetEstimateYen)}
              onChange={(s) => {
                const digits = s
                  .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
                  .replace(/[^0-9]/g, '');
                draft.setField(
                  'cityBudgetEstimateYen',
                  digits === ''
                    ? null
                    : Math.min(Number(digits), PROPOSAL_LIMITS.cityBudgetEstimateYen.max),
                );
              }}
              onBlur={() => void draft.save()}
              error={draft.fieldErrors.cityBudgetEstimateYen}
            />
          ) : null}
          <ChoiceGroup
            legend={l(FIELD_TEXT.resourcesWanted.label)}
            hint={l(FIELD_TEXT.resourcesWanted.hint)}
            name="resourcesWanted"
            type="checkbox"
            options={CITY_RESOURCES.map((r) => ({ value: r, label: td(`resource.${r}`) }))}
            selected={v.resourcesWanted}
            onChange={(s) => draft.setField('resourcesWanted', s as typeof v.resourcesWanted)}
            error={draft.fieldErrors.resourcesWanted}
          />
        </>
      );
    case 'impact':
      return (
        <>
          <Text draft={draft} name="impact" rows={5} />
          <KpiEditor draft={draft} />
          <TextField
            label={l(FIELD_TEXT.desiredStart.label)}
            name="desiredStart"
            type="month"
            required
            hint={ja ? '例: 2027-04' : 'e.g. 2027-04'}
            value={v.desiredStart ?? ''}
            onChange={(s) => draft.setField('desiredStart', s === '' ? null : s)}
            onBlur={() => void draft.save()}
            error={draft.fieldErrors.desiredStart}
          />
          <ChoiceGroup
            legend={l(FIELD_TEXT.pilot.label)}
            name="pilot"
            type="radio"
            required
            options={[
              { value: 'yes', label: ja ? 'はい（実証実験から始める）' : 'Yes, as a pilot' },
              { value: 'no', label: ja ? 'いいえ（本格実施を想定）' : 'No, full implementation' },
            ]}
            selected={v.pilot === null ? [] : [v.pilot ? 'yes' : 'no']}
            onChange={(s) => draft.setField('pilot', s[0] === 'yes')}
            error={draft.fieldErrors.pilot}
          />
        </>
      );
    case 'contact':
      return (
        <>
          <Text draft={draft} name="contactName" rows={1} />
          <TextField
            label={l(FIELD_TEXT.contactEmail.label)}
            name="contactEmail"
            type="email"
            required
            value={v.contactEmail}
            onChange={(s) => draft.setField('contactEmail', s)}
            onBlur={() => void draft.save()}
            error={draft.fieldErrors.contactEmail}
          />
          <ChoiceGroup
            legend={l(FIELD_TEXT.confidentialSections.label)}
            hint={l(FIELD_TEXT.confidentialSections.hint)}
            name="confidentialSections"
            type="checkbox"
            options={CONFIDENTIAL_SECTIONS.map((s) => ({
              value: s,
              label: l(FIELD_TEXT[s].label),
            }))}
            selected={v.confidentialSections}
            onChange={(s) =>
              draft.setField('confidentialSections', s as typeof v.confidentialSections)
            }
          />
          <AttachmentsEditor proposal={draft.proposal} onChange={onAttachments} />
        </>
      );
    default:
      return null;
  }
}

/** How a field reads in the review's summary. */
function summaryValue(
  values: Draft['values'],
  field: FieldName,
  l: (text: { ja: string; en: string }) => string,
  ja: boolean,
  td: Translate<typeof domainMessages.ja>,
): string {
  switch (field) {
    case 'kpis':
      return values.kpis.map((k) => `${k.name}: ${k.target}`).join(' / ');
    case 'cityBudget':
      return values.cityBudget ? td(`cityBudget.${values.cityBudget}`) : '';
    case 'cityBudgetEstimateYen':
      return values.cityBudgetEstimateYen === null
        ? ''
        : `${values.cityBudgetEstimateYen.toLocaleString(ja ? 'ja-JP' : 'en-GB')} ${ja ? '円' : 'yen'}`;
    case 'resourcesWanted':
      return values.resourcesWanted.map((r) => td(`resource.${r}`)).join('、');
    case 'confidentialSections':
      return values.confidentialSections.map((s) => l(FIELD_TEXT[s].label)).join('、');
    case 'pilot':
      return values.pilot === null
        ? ''
        : values.pilot
          ? ja
            ? 'はい'
            : 'Yes'
          : ja
            ? 'いいえ'
            : 'No';
    case 'desiredStart':
      return values.desiredStart ?? '';
    default:
      return values[field];
  }
}

const FOUR_POINT_CHECKS = [
  {
    ja: '課題ドリブン：この市の誰がどんな課題を抱えているか、根拠とともに書いた',
    en: 'Problem-driven: who in this city has the problem, with evidence',
  },
  {
    ja: 'なぜこの市か：市の計画や状況とのつながりを書いた',
    en: 'Why this city: the link with its plans and situation',
  },
  {
    ja: '1提案 = 1ソリューション：ひとつの課題にひとつの解決策を書いた',
    en: 'One proposal, one solution',
  },
  {
    ja: '役割分担と費用負担：市と提案者の役割、市の予算の要否を書いた',
    en: 'Roles and costs: who does what, and whether city money is needed',
  },
];

function ReviewStep({ draft, onSubmitted }: { draft: Draft; onSubmitted: (p: Proposal) => void }) {
  const td = useT(domainMessages);
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const [checks, setChecks] = useState<boolean[]>(FOUR_POINT_CHECKS.map(() => false));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<Array<{ path: string; message: string }>>([]);
  // One key for this submission: a double click or a retry is the same request.
  const idempotencyKey = useMemo(() => `submit-${crypto.randomUUID()}`, []);
  const issues = findSubmissionIssues(draft.values).map((issue) => {
    const path = issuePath(issue.path);
    return { path, message: formatIssue(issue, language, fieldLabel(path, language)) };
  });
  const shown = serverIssues.length > 0 ? serverIssues : issues;
  const needs = needsCityBudget(draft.values.cityBudget);
  const settings = useApi(
    (signal) => api<{ today: string }>('/api/calendar/settings', { signal }),
    'today',
  );
  const today = settings.data?.today;
  const assessment = useApi(
    (signal) =>
      api<{ assessment: CalendarAssessment }>(
        `/api/calendar/assessment?date=${today}&needsCityBudget=${needs}`,
        { signal },
      ),
    today ? `${today}-${needs}` : null,
  );
  const a = assessment.data?.assessment;
  const ready = issues.length === 0 && checks.every(Boolean);

  async function submit() {
    setSubmitting(true);
    setError(null);
    try {
      if (!(await draft.save())) {
        setError(
          ja
            ? '未保存の入力があるため提出できません。通信状態を確認してください。'
            : 'Some changes are not saved yet. Check your connection.',
        );
        return;
      }
      const res = await api<{ proposal: Proposal }>(
        `/api/proposals/${draft.proposal.id}/transitions`,
        {
          method: 'POST',
          headers: { 'Idempotency-Key': idempotencyKey },
          body: { action: 'submit', version: draft.version() },
        },
      );
      onSubmitted(res.proposal);
    } catch (e) {
      if (isApiError(e) && e.code === 'proposals.incomplete') {
        setServerIssues(e.details);
      }
      setError(
        isApiError(e)
          ? e.code === 'network.error'
            ? ja
              ? '通信できませんでした。もう一度「提出する」を押してください（二重に提出されることはありません）。'
              : 'Network error. Press Submit again: it will not be submitted twice.'
            : e.message
          : String(e),
      );
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      {shown.length > 0 ? (
        <Alert
          kind="warning"
          title={
            ja
              ? `提出の前に入力が必要な項目があります（${shown.length}件）`
              : `${shown.length} item(s) to complete before submitting`
          }
        >
          <ul>
            {shown.map((issue) => (
              <li key={issue.path}>
                <Link to={`?step=${stepOfField(issue.path)}`}>
                  {l(
                    FIELD_TEXT[issue.path.split('.')[0] as FieldName]?.label ?? {
                      ja: issue.path,
                      en: issue.path,
                    },
                  )}
                </Link>
                : {issue.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <ChoiceGroup
        legend={ja ? '提出前のセルフチェック（4つのポイント）' : 'Self-check: the four points'}
        name="fourPoints"
        type="checkbox"
        required
        options={FOUR_POINT_CHECKS.map((c, i) => ({ value: String(i), label: l(c) }))}
        selected={checks.flatMap((c, i) => (c ? [String(i)] : []))}
        onChange={(selected) =>
          setChecks(FOUR_POINT_CHECKS.map((_, i) => selected.includes(String(i))))
        }
      />

      <section className="card" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">
          {ja ? '予算カレンダーから見た今日の提出' : 'Submitting today, by the budget calendar'}
        </h2>
        {!a ? (
          <Loading />
        ) : (
          <>
            <dl className="facts">
              <dt>{ja ? '年度' : 'Fiscal year'}</dt>
              <dd>{`${a.fiscalYearLabel}（${a.fiscalYearLabelEn}）`}</dd>
              <dt>{ja ? '一次確認の期限' : 'First check due'}</dt>
              <dd>{formatDate(a.screeningDueDate, language)}</dd>
              {needs ? (
                <>
                  <dt>{ja ? '当初予算で実施できる最短の年度' : 'Earliest initial budget'}</dt>
                  <dd>{`${a.earliestBudgetFiscalYearLabel}（FY${a.earliestBudgetFiscalYear}）`}</dd>
                </>
              ) : null}
            </dl>
            {a.flag ? (
              <Alert
                kind={a.flag.severity === 'warning' ? 'warning' : 'info'}
                title={ja ? '10月の締切を過ぎています' : 'After the October cutoff'}
              >
                {l(a.flag.message)}
              </Alert>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{ja ? '送信する内容' : 'What will be sent'}</h2>
        <dl className="summary-list">
          {FORM_STEPS.slice(0, -1).flatMap((step, index) =>
            step.fields.map((field) => {
              const shownValue = summaryValue(draft.values, field, l, ja, td);
              return (
                <div key={field} className="summary-list__row">
                  <dt>
                    {l(FIELD_TEXT[field].label)}{' '}
                    <Link to={`?step=${index + 1}`} className="summary-list__edit">
                      {ja ? '修正' : 'Edit'}
                    </Link>
                  </dt>
                  <dd className="prewrap">{shownValue || (ja ? '（未入力）' : '(empty)')}</dd>
                </div>
              );
            }),
          )}
        </dl>
      </section>

      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--large"
          disabled={!ready || submitting}
          onClick={() => void submit()}
        >
          {submitting
            ? ja
              ? '提出しています…'
              : 'Submitting…'
            : ja
              ? 'この内容で提出する'
              : 'Submit this proposal'}
        </button>
        {!ready ? (
          <p className="muted">
            {ja
              ? '未入力の項目を入力し、4つのポイントを確認すると提出できます。'
              : 'Complete the missing items and tick the four points to submit.'}
          </p>
        ) : null}
      </div>
    </>
  );
}

function Editor({ initial }: { initial: Proposal }) {
  const td = useT(domainMessages);
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const draft = useDraft(initial);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const stepNumber = Math.min(
    FORM_STEPS.length,
    Math.max(1, Number(params.get('step') ?? '1') || 1),
  );
  const step = FORM_STEPS[stepNumber - 1]!;
  const go = (n: number) => {
    void draft.save();
    setParams({ step: String(n) });
    window.scrollTo(0, 0);
  };
  useEffect(() => {
    document.querySelector<HTMLElement>('.page-title h1')?.focus();
  }, [stepNumber]);

  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.proposals}>{ja ? '自社の提案' : 'My proposals'}</Link>
      </p>
      <PageTitle
        lead={`${td(`kind.${initial.kind}`)}${initial.theme ? `：${initial.theme.title}` : ''}`}
      >
        {`${ja ? '提案の作成' : 'Write the proposal'} — ${stepNumber}/${FORM_STEPS.length} ${l(step.title)}`}
      </PageTitle>
      {draft.restored ? (
        <Alert kind="info">
          {ja
            ? '前回保存されていなかった入力を、この端末から復元しました。'
            : 'What you typed last time but had not been saved was restored from this device.'}
        </Alert>
      ) : null}
      <SaveIndicator
        status={draft.status}
        savedAt={draft.savedAt}
        onRetry={() => void draft.save()}
      />
      <nav aria-label={ja ? '入力のステップ' : 'Form steps'}>
        <ol className="form-steps">
          {FORM_STEPS.map((s, i) => (
            <li key={s.key}>
              <Link
                to={`?step=${i + 1}`}
                aria-current={i + 1 === stepNumber ? 'step' : undefined}
                onClick={() => void draft.save()}
              >
                <span aria-hidden="true">{i + 1}.</span> {l(s.title)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (stepNumber < FORM_STEPS.length) {
            go(stepNumber + 1);
          }
        }}
      >
        {step.key === 'review' ? (
          <ReviewStep
            draft={draft}
            onSubmitted={(p) => void navigate(`${paths.proposal(p.id)}/receipt`)}
          />
        ) : (
          <StepContent
            stepKey={step.key}
            draft={draft}
            onAttachments={(attachments) => draft.setProposal({ ...draft.proposal, attachments })}
          />
        )}
        <div className="button-row">
          {stepNumber > 1 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go(stepNumber - 1)}
            >
              {ja ? '前へ' : 'Back'}
            </button>
          ) : null}
          {stepNumber < FORM_STEPS.length ? (
            <button type="submit" className="button">
              {ja ? '保存して次へ' : 'Save and continue'}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => void draft.save().then(() => navigate(paths.proposals))}
          >
            {ja ? '保存して中断する' : 'Save and finish later'}
          </button>
        </div>
      </form>
    </>
  );
}

function EditContent() {
  const { id = '' } = useParams();
  const { language } = useI18n();
  const state = useApi(
    (signal) => api<{ proposal: Proposal }>(`/api/proposals/${id}`, { signal }),
    id,
  );
  if (
    state.error &&
    isApiError(state.error) &&
    (state.error.status === 404 || state.error.status === 400)
  ) {
    return <NotFoundPage />;
  }
  if (state.error) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  if (!state.data) {
    return <Loading />;
  }
  if (state.data.proposal.status !== 'draft') {
    return (
      <Alert kind="info">
        {language === 'ja'
          ? 'この提案は提出済みのため編集できません。'
          : 'This proposal has been submitted and can no longer be edited.'}{' '}
        <Link to={paths.proposal(id)}>
          {language === 'ja' ? '提案のページへ' : 'Open the proposal'}
        </Link>
      </Alert>
    );
  }
  return <Editor initial={state.data.proposal} />;
}

export function EditProposalPage() {
  return (
    <RequireAuth roles={['proposer']}>
      <EditContent />
    </RequireAuth>
  );
}
