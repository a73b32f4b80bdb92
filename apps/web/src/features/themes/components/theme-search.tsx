import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { POLICY_AREAS, THEME_WINDOWS } from '@kyoso/contracts/theme-constants';
import { SelectField, TextField } from '../../../components/ui/field';
import { useT } from '../../../lib/i18n';
import type { ThemesQuery } from '../api/get-themes';

/** The search and filters of the themes list, kept in the address bar. */
export function useThemeSearch(): {
  query: ThemesQuery;
  update: (key: keyof ThemesQuery, value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const query: ThemesQuery = {
    q: params.get('q') ?? undefined,
    policyArea: (params.get('policyArea') as ThemesQuery['policyArea']) ?? undefined,
    window: (params.get('window') as ThemesQuery['window']) ?? undefined,
  };
  const update = (key: keyof ThemesQuery, value: string) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return { query, update };
}

export function ThemeSearch({ query, update }: ReturnType<typeof useThemeSearch>) {
  const t = useT(themesMessages);
  const td = useT(domainMessages);
  const [q, setQ] = useState(query.q ?? '');
  useEffect(() => setQ(query.q ?? ''), [query.q]);
  return (
    <form
      role="search"
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        update('q', q.trim());
      }}
    >
      <TextField
        label={t('list.keywords')}
        name="q"
        type="search"
        value={q}
        onChange={setQ}
        hint={t('list.keywordsHint')}
      />
      <button type="submit" className="button">
        {t('list.search')}
      </button>
      <SelectField
        label={t('list.policyArea')}
        name="policyArea"
        value={query.policyArea ?? ''}
        onChange={(v) => update('policyArea', v)}
        placeholder={t('list.allAreas')}
        options={POLICY_AREAS.map((a) => ({ value: a, label: td(`policyArea.${a}`) }))}
      />
      <SelectField
        label={t('list.window')}
        name="window"
        value={query.window ?? ''}
        onChange={(v) => update('window', v)}
        placeholder={t('list.allWindows')}
        options={THEME_WINDOWS.map((w) => ({ value: w, label: td(`themeWindow.${w}`) }))}
      />
    </form>
  );
}
