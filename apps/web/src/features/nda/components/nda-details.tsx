import { useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import type { Proposal } from '@kyoso/contracts/proposals';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useNda } from '../api/get-nda';
import { ndaPdfHref } from '../api/nda-pdf-href';
import { useOpenNdaMutation } from '../api/open-nda';
import { AgreementText } from './agreement-text';
import { nextStepKey } from './nda-next-step';
import { NdaSignatures } from './nda-signatures';
import { SignatureForm } from './signature-form';
import '../../../styles/nda-pages.css';

type Notice = 'notice.opened' | 'notice.signed' | 'countersign.done';

/**
 * The NDA of a proposal: where it stands and what comes next, starting it, the agreement's text
 * with the reader's signature form, the PDF, and both signatures.
 */
export function NdaDetails({
  proposal,
  audience,
  signingDepartment,
}: {
  proposal: Pick<Proposal, 'id' | 'status' | 'statusLabel' | 'organization'>;
  audience: 'proposer' | 'staff';
  /** The department that signs for the city (the reader's). */
  signingDepartment: string | null;
}) {
  const t = useT(ndaMessages);
  const ta = useT(appMessages);
  const { l, language } = useI18n();
  const state = useNda(proposal.id);
  const open = useOpenNdaMutation(proposal.id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useFocusWhen(notice);

  if (state.isPending) {
    return <Loading />;
  }
  if (state.isError) {
    return <LoadError error={state.error} onRetry={() => void state.refetch()} />;
  }
  const { nda, can, skippable } = state.data;
  const openError = open.error
    ? isApiError(open.error) && open.error.code !== 'network.error'
      ? open.error.message
      : ta(isApiError(open.error) ? 'common.networkError' : 'error.generic.body')
    : null;

  return (
    <>
      <div className="status-box" aria-live="polite">
        <p className="status-box__label">
          <span className="muted">{t('page.status')}</span>
          <strong>{nda ? t(`status.${nda.status}`) : t('page.notStarted')}</strong>
        </p>
        <p>{t(nextStepKey(state.data, proposal.status, audience))}</p>
        <dl className="facts facts--inline">
          <dt>{t('page.proposalStatus')}</dt>
          <dd>{l(proposal.statusLabel)}</dd>
          {nda ? (
            <>
              <dt>{t('page.startedAt')}</dt>
              <dd>{formatDateTime(nda.createdAt, language)}</dd>
            </>
          ) : null}
        </dl>
      </div>

      {notice ? (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert kind="success">{t(notice)}</Alert>
        </div>
      ) : null}

      {skippable && nda?.status !== 'in_effect' ? (
        <Alert kind="info" title={t('skippable.title')}>
          <p>{t('skippable.body')}</p>
        </Alert>
      ) : null}

      {!nda && can.open ? (
        <section className="card" aria-labelledby="open-heading">
          <h2 id="open-heading">{t('open.title')}</h2>
          <p>{t('open.body')}</p>
          {openError ? <Alert kind="error">{openError}</Alert> : null}
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={open.isPending}
              onClick={() => {
                setNotice(null);
                open.mutate(undefined, { onSuccess: () => setNotice('notice.opened') });
              }}
            >
              {open.isPending ? ta('common.sending') : t('open.submit')}
            </button>
          </div>
        </section>
      ) : null}

      {nda ? (
        <>
          <section className="card" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{t('agreement.title')}</h2>
            <AgreementText template={nda.template} />
            {can.sign ? (
              <SignatureForm
                proposalId={proposal.id}
                nda={nda}
                side="proposer"
                organization={proposal.organization.name}
                onSigned={() => setNotice('notice.signed')}
              />
            ) : null}
            {can.countersign ? (
              <SignatureForm
                proposalId={proposal.id}
                nda={nda}
                side="city"
                department={signingDepartment}
                onSigned={() => setNotice('countersign.done')}
              />
            ) : null}
            {can.download ? (
              <div className="button-row">
                <a className="button button--secondary" href={ndaPdfHref(proposal.id)} download>
                  {t(nda.status === 'in_effect' ? 'download.signed' : 'download.draft')}
                </a>
                {nda.status !== 'in_effect' ? (
                  <span className="muted">{t('download.draftNote')}</span>
                ) : null}
              </div>
            ) : null}
          </section>
          <NdaSignatures nda={nda} />
        </>
      ) : null}
    </>
  );
}
