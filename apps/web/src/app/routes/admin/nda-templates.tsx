import { useState } from 'react';
import { createNdaTemplateBodySchema, type NdaTemplate } from '@kyoso/contracts/ndas';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { TextAreaField, TextField } from '../../../components/ui/field';
import {
  Alert,
  ErrorSummary,
  LoadError,
  Loading,
  PageTitle,
} from '../../../components/ui/feedback';
import { api } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';
import { useFocusWhen } from '../../../lib/use-focus-when';
import '../../../styles/nda-pages.css';

type TemplateText = { title: string; body: string };

function versionLabel(version: number, ja: boolean) {
  return ja ? `第${version}版` : `Version ${version}`;
}

function NewVersionForm({
  start,
  standard,
  known,
  onCreated,
}: {
  /** The text the form starts from: the current template, or the standard text. */
  start: TemplateText;
  standard: TemplateText | undefined;
  known: NdaTemplate[];
  onCreated: (template: NdaTemplate, reactivated: boolean) => void;
}) {
  const t = useT(appMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const form = useForm({
    schema: createNdaTemplateBodySchema,
    initialValues: { title: start.title, body: start.body },
    onSubmit: async (values) => {
      const res = await api<{ template: NdaTemplate }>('/api/nda-templates', {
        method: 'POST',
        body: values,
      });
      onCreated(
        res.template,
        known.some((k) => k.id === res.template.id),
      );
    },
  });
  return (
    <form className="form nda-template-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextField
        label={ja ? '件名' : 'Title'}
        name="title"
        required
        maxLength={200}
        value={form.values.title}
        onChange={(v) => form.setValue('title', v)}
        error={form.errors.title}
      />
      <TextAreaField
        label={ja ? '本文' : 'Text'}
        name="body"
        required
        rows={24}
        maxLength={50_000}
        hint={
          ja
            ? '入力した文面が、改行を含めてそのまま契約書（画面表示とPDF）になります。件名は本文に含めないでください。'
            : 'The text is used exactly as written, line breaks included, on screen and in the PDF. Do not repeat the title in the text.'
        }
        value={form.values.body}
        onChange={(v) => form.setValue('body', v)}
        error={form.errors.body}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting
            ? t('common.sending')
            : ja
              ? '新しい版として登録する'
              : 'Save as a new version'}
        </button>
        {standard ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => form.setValues(() => ({ title: standard.title, body: standard.body }))}
          >
            {ja ? '標準の文面を読み込む' : 'Load the standard text'}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function TemplatesContent() {
  const t = useT(appMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const templates = useApi(
    (signal) => api<{ templates: NdaTemplate[] }>('/api/nda-templates', { signal }),
    'nda-templates',
  );
  const standard = useApi(
    (signal) => api<TemplateText>('/api/nda-templates/default', { signal }),
    'nda-templates-default',
  );
  const [saved, setSaved] = useState<{ template: NdaTemplate; reactivated: boolean } | null>(null);
  const savedRef = useFocusWhen(saved);
  const list = templates.data?.templates;
  const current = list?.find((tpl) => tpl.current);
  const start: TemplateText | undefined = current
    ? { title: current.title, body: current.body }
    : standard.data;

  return (
    <>
      <PageTitle>{t('nav.ndaTemplates')}</PageTitle>
      <div className="card callout">
        <p>
          {ja
            ? '提案者と市が署名する秘密保持契約書のひな形を管理します。新しい版を登録すると、それ以降に手続きを始める契約から新しい版が使われます。'
            : 'Manage the template of the NDA that proposers and the city sign. A new version is used for every NDA started after it is saved.'}
        </p>
        <p>
          {ja
            ? '各版は文面のSHA-256（ハッシュ値）で識別されます。既に手続き中または締結済みの契約は、署名した時点の文面のまま変わりません。以前と同じ文面を登録すると、その版が再び現在のひな形になります。'
            : 'Each version is identified by the SHA-256 of its text. NDAs already under way or signed keep the exact text they were signed on. Saving a text identical to an earlier version makes that version current again.'}
        </p>
      </div>

      {saved ? (
        <div ref={savedRef} tabIndex={-1}>
          <Alert kind="success">
            {saved.reactivated
              ? ja
                ? `同じ文面の${versionLabel(saved.template.version, true)}を、現在のひな形に戻しました。`
                : `${versionLabel(saved.template.version, false)} has the same text and is the current template again.`
              : ja
                ? `${versionLabel(saved.template.version, true)}を登録しました。これから手続きを始める契約には、この版が使われます。`
                : `${versionLabel(saved.template.version, false)} is saved. NDAs started from now on use it.`}
          </Alert>
        </div>
      ) : null}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{ja ? '登録済みの版' : 'Versions'}</h2>
        {templates.loading && !list ? <Loading /> : null}
        {templates.error ? <LoadError error={templates.error} onRetry={templates.reload} /> : null}
        {list && list.length === 0 ? (
          <Alert kind="warning">
            {ja
              ? 'ひな形がまだ登録されていません。ひな形がないと秘密保持契約の手続きを始められません。下のフォームから最初の版を登録してください。'
              : 'No template yet. NDAs cannot be started without one: save the first version with the form below.'}
          </Alert>
        ) : null}
        {list && list.length > 0 ? (
          <>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">
                  {ja
                    ? '秘密保持契約書のひな形の版（新しい順）'
                    : 'NDA template versions, newest first'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{ja ? '版' : 'Version'}</th>
                    <th scope="col">{ja ? '件名' : 'Title'}</th>
                    <th scope="col">SHA-256</th>
                    <th scope="col">{ja ? '作成日時' : 'Created'}</th>
                    <th scope="col">{ja ? '状態' : 'Status'}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((tpl) => (
                    <tr key={tpl.id}>
                      <th scope="row">{versionLabel(tpl.version, ja)}</th>
                      <td>{tpl.title}</td>
                      <td>
                        <code className="nda-hash" title={tpl.sha256}>
                          {tpl.sha256.slice(0, 12)}…
                        </code>
                      </td>
                      <td>{formatDateTime(tpl.createdAt, language)}</td>
                      <td>
                        {tpl.current ? (
                          <span className="badge badge--current">
                            {ja ? '現在のひな形' : 'Current template'}
                          </span>
                        ) : (
                          <span className="muted">{ja ? '以前の版' : 'Earlier version'}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <h3>{ja ? '各版の全文' : 'Full text of each version'}</h3>
            <div className="nda-versions">
              {list.map((tpl) => (
                <details key={tpl.id}>
                  <summary>
                    {versionLabel(tpl.version, ja)}：{tpl.title}
                    {tpl.current ? (ja ? '（現在のひな形）' : ' (current)') : ''}
                  </summary>
                  <dl className="facts">
                    <dt>SHA-256</dt>
                    <dd className="nda-hash">{tpl.sha256}</dd>
                    <dt>{ja ? '作成日時' : 'Created'}</dt>
                    <dd>{formatDateTime(tpl.createdAt, language)}</dd>
                  </dl>
                  <div
                    className="nda-text"
                    role="region"
                    tabIndex={0}
                    aria-label={
                      ja
                        ? `${versionLabel(tpl.version, true)}の全文`
                        : `Full text of ${versionLabel(tpl.version, false).toLowerCase()}`
                    }
                  >
                    <p className="nda-text__title">{tpl.title}</p>
                    <div lang="ja">{tpl.body}</div>
                  </div>
                </details>
              ))}
            </div>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="new-version-heading">
        <h2 id="new-version-heading">{ja ? '新しい版を登録する' : 'Add a new version'}</h2>
        <p>
          {current
            ? ja
              ? `現在のひな形（${versionLabel(current.version, true)}）の文面を入れてあります。必要な箇所を修正して登録してください。`
              : `The form holds the text of the current template (${versionLabel(current.version, false).toLowerCase()}). Edit it and save.`
            : ja
              ? '標準の文面を入れてあります。必要な箇所を修正して登録してください。'
              : 'The form holds the standard text. Edit it and save.'}
        </p>
        {standard.error && !current ? (
          <LoadError error={standard.error} onRetry={standard.reload} />
        ) : null}
        {list && start ? (
          <NewVersionForm
            key={current?.id ?? 'standard'}
            start={start}
            standard={standard.data}
            known={list}
            onCreated={(template, reactivated) => {
              setSaved({ template, reactivated });
              templates.reload();
            }}
          />
        ) : templates.error ? null : (
          <Loading />
        )}
      </section>
    </>
  );
}

export function AdminNdaTemplatesPage() {
  return (
    <RequireAuth roles={['admin']}>
      <TemplatesContent />
    </RequireAuth>
  );
}
