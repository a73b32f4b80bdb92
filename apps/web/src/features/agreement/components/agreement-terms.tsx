import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { Agreement } from '@kyoso/contracts/agreements';
import { Alert } from '../../../components/ui/feedback';
import { formatDate, formatDateTime, formatNumber, useI18n, useT } from '../../../lib/i18n';
import { signedDocumentHref } from '../api/signed-document-href';

/**
 * One version of the terms in plain words, as both sides read it: the open call first (the
 * proposer must know before signing anything), then who agrees to what, for how long, whether
 * the council votes, the proposer's confirmation and the signed document.
 */
export function AgreementTerms({
  proposalId,
  agreement: a,
  headingLevel = 3,
  current = true,
}: {
  proposalId: string;
  agreement: Agreement;
  headingLevel?: 3 | 4;
  /** The latest version (only its signed document can be downloaded). */
  current?: boolean;
}) {
  const t = useT(recordsMessages);
  const { l, language } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  const headingId = `agreement-v${a.version}${current ? '' : '-old'}`;
  return (
    <article className="card agreement-terms" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {t('agreement.page.version', {
          version: a.version,
          date: formatDateTime(a.recordedAt, language),
        })}
      </Heading>
      {a.openCall ? (
        <Alert kind="warning" title={t('agreement.openCall')}>
          <p>
            <strong>{t('agreement.openCallProtection')}</strong>
          </p>
          <p className="prewrap">{a.openCallProtection}</p>
        </Alert>
      ) : null}
      <dl className="facts">
        <dt>{t('agreement.field.type')}</dt>
        <dd>{t(`agreement.type.${a.type}`)}</dd>
        {a.contractMethod ? (
          <>
            <dt>{t('agreement.field.contractMethod')}</dt>
            <dd>{t(`agreement.method.${a.contractMethod}`)}</dd>
          </>
        ) : null}
        <dt>{t('agreement.field.period')}</dt>
        <dd>
          {t('agreement.period', {
            start: formatDate(a.startsOn, language),
            end: formatDate(a.endsOn, language),
          })}
        </dd>
        <dt>{t('agreement.field.councilVote')}</dt>
        <dd>
          {t(`agreement.council.${a.councilVote}`)}
          {a.councilSession ? (
            <>
              <br />
              {t('agreement.councilSession', { session: l(a.councilSession.label) })}
            </>
          ) : null}
        </dd>
        <dt>{t('agreement.field.confirmation')}</dt>
        <dd>
          {a.confirmedAt
            ? t('agreement.confirmed', { date: formatDateTime(a.confirmedAt, language) })
            : t('agreement.notConfirmed')}
          {a.confirmedBy?.name ? (
            <>
              <br />
              {t('agreement.page.confirmedBy', { name: a.confirmedBy.name })}
            </>
          ) : null}
        </dd>
      </dl>
      {a.recordedBy?.name ? (
        <p className="muted">{t('agreement.page.recordedBy', { name: a.recordedBy.name })}</p>
      ) : null}
      {a.originalityJustification ? (
        <>
          <Sub>{t('agreement.field.originality')}</Sub>
          <p className="prewrap">{a.originalityJustification}</p>
        </>
      ) : null}
      <Sub>{t('agreement.field.parties')}</Sub>
      <ul className="plain-list">
        {a.parties.map((p, index) => (
          <li key={index}>{t('agreement.page.party', p)}</li>
        ))}
      </ul>
      <Sub>{t('agreement.field.cityCommitments')}</Sub>
      <p className="prewrap">{a.cityCommitments}</p>
      <Sub>{t('agreement.field.companyCommitments')}</Sub>
      <p className="prewrap">{a.companyCommitments}</p>
      <Sub>{t('agreement.field.document')}</Sub>
      {a.document && a.signedOn ? (
        <>
          <p>{t('agreement.signedOn', { date: formatDate(a.signedOn, language) })}</p>
          <p>
            {current ? (
              <a href={signedDocumentHref(proposalId)} download={a.document.fileName}>
                {a.document.fileName}
              </a>
            ) : (
              a.document.fileName
            )}{' '}
            <span className="muted">
              （
              {t('agreement.page.documentSize', {
                size: formatNumber(Math.max(1, Math.ceil(a.document.sizeBytes / 1024)), language),
              })}
              ）
            </span>
          </p>
          {a.recordedBy ? (
            <p className="muted prewrap">
              {t('agreement.page.sha256', { hash: a.document.sha256 })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('agreement.page.noDocument')}</p>
      )}
    </article>
  );
}
