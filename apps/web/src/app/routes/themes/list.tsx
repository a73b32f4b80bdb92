import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { PageTitle } from '../../../components/ui/feedback';
import { ThemeList } from '../../../features/themes/components/theme-list';
import { ThemeSearch, useThemeSearch } from '../../../features/themes/components/theme-search';
import { useT } from '../../../lib/i18n';

/** Published themes: Japanese substring search (「見守り」 finds 「高齢者見守りサービス」) and filters. */
export function ThemesPage() {
  const t = useT(themesMessages);
  const search = useThemeSearch();
  return (
    <>
      <PageTitle lead={t('list.lead')}>{t('list.title')}</PageTitle>
      <ThemeSearch {...search} />
      <ThemeList query={search.query} />
    </>
  );
}
