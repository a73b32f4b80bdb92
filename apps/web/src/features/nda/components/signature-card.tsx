import { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import type { Nda } from '@kyoso/contracts/ndas';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';

type Signature = NonNullable<Nda['proposerSignature']>;

/** One side's signature as it was recorded, or "not signed yet". */
export function SignatureCard({
  heading,
  headingId,
  signature,
  organization,
}: {
  heading: string;
  headingId: string;
  signature: Signature | null;
  organization: { label: string; value: string } | null;
}) {
  const t = useT(ndaMessages);
  const { language } = useI18n();
  return (
    <section className="card nda-signature" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {signature ? (
        <dl className="facts">
          <dt>{t('signature.status')}</dt>
          <dd>{t('signature.signed')}</dd>
          <dt>{t('signature.fullName')}</dt>
          <dd>{signature.fullName}</dd>
          <dt>{t('signature.jobTitle')}</dt>
          <dd>{signature.title}</dd>
          {organization && organization.value ? (
            <>
              <dt>{organization.label}</dt>
              <dd>{organization.value}</dd>
            </>
          ) : null}
          <dt>{t('signature.signedAt')}</dt>
          <dd>{formatDateTime(signature.signedAt, language)}</dd>
          <dt>{t('signature.ip')}</dt>
          <dd>{signature.ip ?? t('signature.notRecorded')}</dd>
          <dt>{t('signature.device')}</dt>
          <dd className="nda-signature__device">
            {signature.userAgent ?? t('signature.notRecorded')}
          </dd>
        </dl>
      ) : (
        <p className="nda-signature__pending">{t('signature.pending')}</p>
      )}
    </section>
  );
}
