import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  countersignNdaBodySchema,
  NDA_STATUS_LABELS,
  signNdaBodySchema,
  type Nda,
} from '@kyoso/contracts/ndas';
import type { Proposal } from '@kyoso/contracts/proposals';
import type { Language } from '@kyoso/i18n/languages';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { CheckboxField, TextField } from '../../../components/ui/field';
import {
  Alert,
  ErrorSummary,
  LoadError,
  Loading,
  PageTitle,
} from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api, isApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { NotFoundPage } from '../not-found';
import '../../../styles/nda-pages.css';

type NdaState = {
  nda: Nda | null;
  skippable: boolean;
  can: { open: boolean; sign: boolean; countersign: boolean; download: boolean };
};

type Notice = 'opened' | 'signed' | 'countersigned';

/** Errors that mean the NDA changed under the reader: load it again. */
const STALE_CODES = ['ndas.text_changed', 'ndas.not_signable', 'ndas.already_open'];

function isStale(error: unknown): boolean {
  return isApiError(error) && STALE_CODES.includes(error.code);
}

/** What the reader should expect or do next, in one or two sentences. */
function nextStep(
  state: NdaState,
  proposal: Proposal,
  isProposer: boolean,
  language: Language,
): string {
  const ja = language === 'ja';
  const { nda, can } = state;
  if (!nda) {
    if (can.open) {
      return isProposer
        ? ja
          ? '担当部署が提案を受け付けました。下のボタンから秘密保持契約の手続きを始めると、契約書の内容を確認して署名できます。'
          : 'A department has accepted your proposal. Start the NDA below to read the agreement and sign it.'
        : ja
          ? '下のボタンから秘密保持契約の手続きを始めてください。手続きを始めると、提案者に署名をお願いする画面が表示されます。'
          : 'Start the NDA below. The proposer will then be asked to sign it.';
    }
    if (proposal.status === 'nda' || proposal.status === 'dialogue') {
      return ja
        ? '秘密保持契約の手続きはまだ始まっていません。主担当の部署または提案者が手続きを始めます。'
        : 'The NDA has not been started yet. The lead department or the proposer starts it.';
    }
    return ja
      ? '秘密保持契約は、担当部署が提案を受け付けた後（STEP 3）に、主担当の部署または提案者が手続きを始めます。'
      : 'Once a department has accepted the proposal (STEP 3), the lead department or the proposer starts the NDA.';
  }
  switch (nda.status) {
    case 'awaiting_proposer':
      if (can.sign) {
        return ja
          ? '契約書の内容をご確認のうえ、下のフォームから署名してください。その後、市（主担当の部署）が署名すると契約が成立します。'
          : 'Read the agreement and sign it with the form below. The agreement takes effect once the city (the lead department) has signed too.';
      }
      return ja
        ? '提案者の署名をお待ちしています。提案者が署名すると、主担当の部署が市として署名します。'
        : 'Waiting for the proposer to sign. After that, the lead department signs for the city.';
    case 'awaiting_city':
      if (can.countersign) {
        return ja
          ? '提案者の署名が済みました。契約書の内容を確認のうえ、下のフォームから市を代表して署名してください。'
          : 'The proposer has signed. Read the agreement and countersign it for the city with the form below.';
      }
      return isProposer
        ? ja
          ? 'ご署名ありがとうございました。市（主担当の部署）の署名をお待ちください。契約が成立しましたら、メールでお知らせします。'
          : 'Thank you for signing. The city (the lead department) signs next; we will e-mail you when the agreement is in effect.'
        : ja
          ? '提案者の署名が済み、主担当の部署による市としての署名をお待ちしています。'
          : 'The proposer has signed. Waiting for the lead department to sign for the city.';
    case 'in_effect':
      return ja
        ? '双方の署名により、秘密保持契約が成立しています。担当部署は秘密情報として指定された内容を閲覧できます。'
        : 'Both parties have signed: the NDA is in effect. The departments in charge can read the confidential content.';
    case 'void':
      return ja
        ? 'この秘密保持契約は無効となっています。ご不明な点は担当部署へお問い合わせください。'
        : 'This NDA is void. Please contact the department in charge if you have questions.';
  }
}

function noticeText(notice: Notice, language: Language): string {
  const ja = language === 'ja';
  switch (notice) {
    case 'opened':
      return ja ? '秘密保持契約の手続きを始めました。' : 'The NDA has been started.';
    case 'signed':
      return ja ? '署名しました。ありがとうございました。' : 'You have signed. Thank you.';
    case 'countersigned':
      return ja
        ? '市として署名しました。秘密保持契約が成立しました。'
        : 'You have signed for the city. The NDA is now in effect.';
  }
}

/** The full text, in a region that scrolls and that keyboard users can focus to scroll. */
function AgreementText({ nda }: { nda: Nda }) {
  const { language } = useI18n();
  const t = nda.template;
  return (
    <>
      <dl className="facts">
        <dt>{language === 'ja' ? '件名' : 'Title'}</dt>
        <dd>{t.title}</dd>
        <dt>{language === 'ja' ? 'ひな形の版' : 'Template version'}</dt>
        <dd>{language === 'ja' ? `第${t.version}版` : `Version ${t.version}`}</dd>
        <dt>{language === 'ja' ? '文面のSHA-256' : 'SHA-256 of the text'}</dt>
        <dd className="nda-hash">{t.sha256}</dd>
      </dl>
      <div
        className="nda-text"
        role="region"
        tabIndex={0}
        aria-label={language === 'ja' ? `${t.title}（全文）` : `${t.title} (full text)`}
      >
        <p className="nda-text__title">{t.title}</p>
        <div lang="ja">{t.body}</div>
      </div>
      {language === 'en' ? (
        <p className="muted">
          The agreement is in Japanese; the Japanese text is the one that is signed.
        </p>
      ) : null}
    </>
  );
}

function SignForm({
  proposal,
  nda,
  onDone,
  onStale,
}: {
  proposal: Proposal;
  nda: Nda;
  onDone: (state: NdaState) => void;
  onStale: () => void;
}) {
  const t = useT(appMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const form = useForm({
    schema: signNdaBodySchema,
    initialValues: {
      fullName: '',
      title: '',
      organization: proposal.organization.name,
      consent: false,
    },
    toRequest: (values) => ({ ...values, templateSha256: nda.template.sha256 }),
    onSubmit: async (body) => {
      try {
        onDone(
          await api<NdaState>(`/api/proposals/${proposal.id}/nda/sign`, {
            method: 'POST',
            body,
          }),
        );
      } catch (error) {
        if (isStale(error)) {
          form.setValue('consent', false);
          onStale();
        }
        throw error;
      }
    },
  });
  return (
    <form
      className="form nda-sign-form"
      onSubmit={form.handleSubmit}
      noValidate
      aria-labelledby="sign-heading"
    >
      <h3 id="sign-heading">{ja ? '提案者としての署名' : 'Sign as the proposer'}</h3>
      <p>
        {ja
          ? '上の契約書を最後までお読みのうえ、署名する方のお名前と役職を入力してください。署名の日時、IPアドレス、ご利用の端末の情報、契約書の文面のSHA-256が署名の記録として保存されます。'
          : 'Read the agreement above to the end, then give the name and title of the person signing. The time, IP address, device and the SHA-256 of the text are kept as the record of the signature.'}
      </p>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextField
        label={ja ? '氏名' : 'Full name'}
        name="fullName"
        autoComplete="name"
        required
        value={form.values.fullName}
        onChange={(v) => form.setValue('fullName', v)}
        error={form.errors.fullName}
      />
      <TextField
        label={ja ? '役職' : 'Title'}
        name="title"
        autoComplete="organization-title"
        required
        hint={ja ? '例: 代表取締役、事業開発部長' : 'e.g. Managing Director'}
        value={form.values.title}
        onChange={(v) => form.setValue('title', v)}
        error={form.errors.title}
      />
      <TextField
        label={ja ? '組織名' : 'Organisation'}
        name="organization"
        autoComplete="organization"
        required
        value={form.values.organization}
        onChange={(v) => form.setValue('organization', v)}
        error={form.errors.organization}
      />
      <CheckboxField
        name="consent"
        checked={form.values.consent}
        onChange={(v) => form.setValue('consent', v)}
        error={form.errors.consent}
        label={
          ja
            ? '上記の秘密保持契約書の内容を確認し、同意します。'
            : 'I have read the agreement above and agree to it.'
        }
      />
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting ? t('common.sending') : ja ? '署名する' : 'Sign'}
      </button>
    </form>
  );
}

function CountersignForm({
  proposal,
  nda,
  onDone,
  onStale,
}: {
  proposal: Proposal;
  nda: Nda;
  onDone: (state: NdaState) => void;
  onStale: () => void;
}) {
  const t = useT(appMessages);
  const { l, language } = useI18n();
  const { user } = useAuth();
  const ja = language === 'ja';
  const form = useForm({
    schema: countersignNdaBodySchema,
    initialValues: { fullName: '', title: '', consent: false },
    toRequest: (values) => ({ ...values, templateSha256: nda.template.sha256 }),
    onSubmit: async (body) => {
      try {
        onDone(
          await api<NdaState>(`/api/proposals/${proposal.id}/nda/countersign`, {
            method: 'POST',
            body,
          }),
        );
      } catch (error) {
        if (isStale(error)) {
          form.setValue('consent', false);
          onStale();
        }
        throw error;
      }
    },
  });
  const department = user?.department ? l(user.department.name) : null;
  return (
    <form
      className="form nda-sign-form"
      onSubmit={form.handleSubmit}
      noValidate
      aria-labelledby="countersign-heading"
    >
      <h3 id="countersign-heading">{ja ? '市としての署名' : 'Countersign for the city'}</h3>
      <p>
        {ja
          ? '主担当の部署の職員として、市を代表して署名します。署名すると契約が成立し、提案者に通知されます。署名の日時、IPアドレス、端末の情報が署名の記録として保存されます。'
          : 'As staff of the lead department, you sign on behalf of the city. The agreement then takes effect and the proposer is told. The time, IP address and device are kept as the record of the signature.'}
      </p>
      {department ? (
        <dl className="facts">
          <dt>{ja ? '署名する部署' : 'Signing department'}</dt>
          <dd>{department}</dd>
        </dl>
      ) : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextField
        label={ja ? '氏名' : 'Full name'}
        name="fullName"
        autoComplete="name"
        required
        value={form.values.fullName}
        onChange={(v) => form.setValue('fullName', v)}
        error={form.errors.fullName}
      />
      <TextField
        label={ja ? '役職' : 'Title'}
        name="title"
        autoComplete="organization-title"
        required
        hint={ja ? '例: 企画課長' : 'e.g. Head of the Planning Section'}
        value={form.values.title}
        onChange={(v) => form.setValue('title', v)}
        error={form.errors.title}
      />
      <CheckboxField
        name="consent"
        checked={form.values.consent}
        onChange={(v) => form.setValue('consent', v)}
        error={form.errors.consent}
        label={
          ja
            ? '上記の秘密保持契約書の内容を確認し、市を代表して署名します。'
            : 'I have read the agreement above and sign it on behalf of the city.'
        }
      />
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting
          ? t('common.sending')
          : ja
            ? '市として署名する'
            : 'Countersign for the city'}
      </button>
    </form>
  );
}

function SignatureCard({
  heading,
  headingId,
  signature,
  organization,
}: {
  heading: string;
  headingId: string;
  signature: NonNullable<Nda['proposerSignature']> | null;
  organization: { label: string; value: string } | null;
}) {
  const { language } = useI18n();
  const ja = language === 'ja';
  return (
    <section className="card nda-signature" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {signature ? (
        <dl className="facts">
          <dt>{ja ? '状態' : 'Status'}</dt>
          <dd>{ja ? '署名済み' : 'Signed'}</dd>
          <dt>{ja ? '氏名' : 'Full name'}</dt>
          <dd>{signature.fullName}</dd>
          <dt>{ja ? '役職' : 'Title'}</dt>
          <dd>{signature.title}</dd>
          {organization && organization.value ? (
            <>
              <dt>{organization.label}</dt>
              <dd>{organization.value}</dd>
            </>
          ) : null}
          <dt>{ja ? '署名日時' : 'Signed at'}</dt>
          <dd>{formatDateTime(signature.signedAt, language)}</dd>
          <dt>{ja ? 'IPアドレス' : 'IP address'}</dt>
          <dd>{signature.ip ?? (ja ? '記録なし' : 'Not recorded')}</dd>
          <dt>{ja ? '端末の情報' : 'Device'}</dt>
          <dd className="nda-signature__device">
            {signature.userAgent ?? (ja ? '記録なし' : 'Not recorded')}
          </dd>
        </dl>
      ) : (
        <p className="nda-signature__pending">
          {ja ? 'まだ署名されていません。' : 'Not signed yet.'}
        </p>
      )}
    </section>
  );
}

function NdaContent() {
  const { id = '' } = useParams();
  const t = useT(appMessages);
  const { l, language } = useI18n();
  const { user } = useAuth();
  const ja = language === 'ja';
  const proposalState = useApi(
    (signal) => api<{ proposal: Proposal }>(`/api/proposals/${id}`, { signal }),
    id,
  );
  const ndaState = useApi((signal) => api<NdaState>(`/api/proposals/${id}/nda`, { signal }), id);
  const [state, setState] = useState<NdaState | undefined>(undefined);
  useEffect(() => setState(ndaState.data), [ndaState.data]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const noticeRef = useFocusWhen(notice);

  const error = proposalState.error ?? ndaState.error;
  if (error && isApiError(error) && (error.status === 404 || error.status === 400)) {
    return <NotFoundPage />;
  }
  if (error) {
    return (
      <LoadError
        error={error}
        onRetry={() => {
          proposalState.reload();
          ndaState.reload();
        }}
      />
    );
  }
  const proposal = proposalState.data?.proposal;
  if (!proposal || !state) {
    return <Loading />;
  }

  const isProposer = user?.role === 'proposer';
  const { nda, can } = state;

  function done(next: NdaState, what: Notice) {
    setState(next);
    setNotice(what);
    setOpenError(null);
  }

  async function openNda() {
    setOpening(true);
    setOpenError(null);
    setNotice(null);
    try {
      done(await api<NdaState>(`/api/proposals/${id}/nda`, { method: 'POST' }), 'opened');
    } catch (err) {
      setOpenError(
        isApiError(err)
          ? err.code === 'network.error'
            ? t('common.networkError')
            : err.message
          : t('error.generic.body'),
      );
      if (isStale(err)) {
        ndaState.reload();
      }
    } finally {
      setOpening(false);
    }
  }

  const reference = proposal.referenceNumber ?? (ja ? '未提出' : 'Not submitted');
  const proposalTitle = proposal.title || (ja ? '（無題の提案）' : '(untitled proposal)');

  return (
    <article className="nda-page">
      <p className="breadcrumb">
        <Link to={isProposer ? paths.proposals : paths.inbox}>
          {isProposer
            ? t('nav.myProposals')
            : proposal.viewerRelations.includes('coordinator')
              ? t('nav.inbox')
              : t('nav.departmentInbox')}
        </Link>
        {' › '}
        <Link to={paths.proposal(proposal.id)}>{proposalTitle}</Link>
      </p>
      <PageTitle lead={`${reference} ・ ${proposalTitle} ・ ${proposal.organization.name}`}>
        {ja ? '秘密保持契約（NDA）' : 'Non-disclosure agreement (NDA)'}
      </PageTitle>

      <p>
        {ja
          ? '秘密保持契約は、提案の中で秘密情報として指定された内容を、市が適切に取り扱うための契約です。提案者と市（主担当の部署）の双方がこの画面で署名すると成立し、担当部署が秘密情報を閲覧できるようになります。'
          : 'The NDA covers the parts of the proposal marked as confidential. It takes effect when both the proposer and the city (the lead department) have signed it on this page; the departments in charge can then read the confidential content.'}
      </p>

      <div className="status-box" aria-live="polite">
        <p className="status-box__label">
          <span className="muted">{ja ? '契約の状況' : 'NDA status'}</span>
          <strong>
            {nda ? l(NDA_STATUS_LABELS[nda.status]) : ja ? '手続き前' : 'Not started'}
          </strong>
        </p>
        <p>{nextStep(state, proposal, isProposer, language)}</p>
        <dl className="facts facts--inline">
          <dt>{ja ? '提案の状況' : 'Proposal status'}</dt>
          <dd>{l(proposal.statusLabel)}</dd>
          {nda ? (
            <>
              <dt>{ja ? '手続きの開始' : 'Started'}</dt>
              <dd>{formatDateTime(nda.createdAt, language)}</dd>
            </>
          ) : null}
        </dl>
      </div>

      {notice ? (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert kind="success">{noticeText(notice, language)}</Alert>
        </div>
      ) : null}

      {state.skippable && nda?.status !== 'in_effect' ? (
        <Alert kind="info" title={ja ? '秘密情報の指定はありません' : 'Nothing is confidential'}>
          <p>
            {ja
              ? 'この提案には秘密情報として指定された項目がありません。そのため、秘密保持契約を結ばずに対話を始めることもできます。'
              : 'Nothing in this proposal is marked as confidential, so the dialogue may start without an NDA.'}
          </p>
        </Alert>
      ) : null}

      {!nda && can.open ? (
        <section className="card" aria-labelledby="open-heading">
          <h2 id="open-heading">{ja ? '手続きを始める' : 'Start the NDA'}</h2>
          <p>
            {ja
              ? '現在の契約書のひな形で秘密保持契約を作成します。作成後、提案者、市の順に署名します。'
              : 'The NDA is created on the current template. The proposer signs first, then the city.'}
          </p>
          {openError ? <Alert kind="error">{openError}</Alert> : null}
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={opening}
              onClick={() => void openNda()}
            >
              {opening
                ? t('common.sending')
                : ja
                  ? '秘密保持契約の手続きを始める'
                  : 'Start the NDA'}
            </button>
          </div>
        </section>
      ) : null}

      {nda ? (
        <>
          <section className="card" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{ja ? '契約書' : 'The agreement'}</h2>
            <AgreementText nda={nda} />
            {can.sign ? (
              <SignForm
                proposal={proposal}
                nda={nda}
                onDone={(next) => done(next, 'signed')}
                onStale={ndaState.reload}
              />
            ) : null}
            {can.countersign ? (
              <CountersignForm
                proposal={proposal}
                nda={nda}
                onDone={(next) => done(next, 'countersigned')}
                onStale={ndaState.reload}
              />
            ) : null}
            {can.download ? (
              <div className="button-row">
                <a
                  className="button button--secondary"
                  href={`/api/proposals/${proposal.id}/nda.pdf`}
                  download
                >
                  {nda.status === 'in_effect'
                    ? ja
                      ? '署名済みの契約書（PDF）をダウンロード'
                      : 'Download the signed agreement (PDF)'
                    : ja
                      ? '契約書（PDF）をダウンロード'
                      : 'Download the agreement (PDF)'}
                </a>
                {nda.status !== 'in_effect' ? (
                  <span className="muted">
                    {ja
                      ? '双方の署名が済むまでは、それまでに済んだ署名だけが記載されたPDFです。'
                      : 'Until both parties have signed, the PDF shows only the signatures made so far.'}
                  </span>
                ) : null}
              </div>
            ) : null}
          </section>

          <section aria-labelledby="signatures-heading">
            <h2 id="signatures-heading">{ja ? '署名の記録' : 'Signatures'}</h2>
            <div className="grid-2">
              <SignatureCard
                heading={ja ? '提案者の署名' : 'The proposer'}
                headingId="proposer-signature-heading"
                signature={nda.proposerSignature}
                organization={
                  nda.proposerSignature
                    ? {
                        label: ja ? '組織名' : 'Organisation',
                        value: nda.proposerSignature.organization,
                      }
                    : null
                }
              />
              <SignatureCard
                heading={ja ? '市の署名' : 'The city'}
                headingId="city-signature-heading"
                signature={nda.citySignature}
                organization={
                  nda.citySignature
                    ? {
                        label: ja ? '部署' : 'Department',
                        value: nda.citySignature.department
                          ? l(nda.citySignature.department)
                          : nda.citySignature.organization,
                      }
                    : null
                }
              />
            </div>
          </section>
        </>
      ) : null}

      <p>
        <Link to={paths.proposal(proposal.id)}>
          {ja ? '提案のページへ戻る' : 'Back to the proposal'}
        </Link>
      </p>
    </article>
  );
}

export function NdaPage() {
  return (
    <RequireAuth>
      <NdaContent />
    </RequireAuth>
  );
}
