import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { useT } from '../../../lib/i18n';
import { usePublicCases } from '../api/get-public-cases';
import { CaseCard } from './case-card';

/**
 * On a theme's page: the projects adopted on it whose proposers consented to a public summary.
 * Nothing is shown while there are none (the theme's page already says how many were proposed).
 */
export function ThemeCases({ themeId }: { themeId: string }) {
  const t = useT(resultsMessages);
  const cases = usePublicCases({ themeId, pageSize: 20 });
  if (!cases.data || cases.data.cases.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="theme-cases-title">
      <h2 id="theme-cases-title">{t('themeCases.title')}</h2>
      <p>{t('themeCases.lead')}</p>
      {cases.data.cases.map((item) => (
        <CaseCard key={item.referenceNumber} item={item} />
      ))}
    </section>
  );
}
