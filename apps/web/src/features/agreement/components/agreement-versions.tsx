import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useAgreementVersions } from '../api/get-agreement-versions';
import { AgreementTerms } from './agreement-terms';

/** The earlier versions of the terms (city staff), each opened on demand. */
export function AgreementVersions({
  proposalId,
  currentVersion,
}: {
  proposalId: string;
  currentVersion: number;
}) {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  const versions = useAgreementVersions(proposalId, { enabled: currentVersion > 1 });
  if (currentVersion <= 1) {
    return null;
  }
  if (versions.isPending) {
    return <Loading />;
  }
  if (versions.isError) {
    return <LoadError error={versions.error} onRetry={() => void versions.refetch()} />;
  }
  const earlier = versions.data.versions.filter((v) => v.version !== currentVersion);
  return (
    <section aria-labelledby="agreement-versions-heading">
      <h3 id="agreement-versions-heading">
        {t('agreement.versions.title', { count: earlier.length })}
      </h3>
      {earlier.map((version) => (
        <details key={version.version}>
          <summary>
            {t('agreement.versions.item', {
              version: version.version,
              date: formatDateTime(version.recordedAt, language),
            })}
          </summary>
          <AgreementTerms
            proposalId={proposalId}
            agreement={version}
            headingLevel={4}
            current={false}
          />
        </details>
      ))}
    </section>
  );
}
