import { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import type { Nda } from '@kyoso/contracts/ndas';
import { useI18n, useT } from '../../../lib/i18n';
import { SignatureCard } from './signature-card';

/** Both sides' signatures, as recorded. */
export function NdaSignatures({ nda }: { nda: Nda }) {
  const t = useT(ndaMessages);
  const { l } = useI18n();
  const city = nda.citySignature;
  return (
    <section aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">{t('signatures.title')}</h2>
      <div className="grid-2">
        <SignatureCard
          heading={t('signatures.proposer')}
          headingId="proposer-signature-heading"
          signature={nda.proposerSignature}
          organization={
            nda.proposerSignature
              ? { label: t('signature.organization'), value: nda.proposerSignature.organization }
              : null
          }
        />
        <SignatureCard
          heading={t('signatures.city')}
          headingId="city-signature-heading"
          signature={city}
          organization={
            city
              ? {
                  label: t('signature.department'),
                  value: city.department ? l(city.department) : city.organization,
                }
              : null
          }
        />
      </div>
    </section>
  );
}
