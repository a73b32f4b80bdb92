import { useState } from 'react';
import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { formatFiscalYear } from '@kyoso/i18n/format';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { Rich, useI18n, useT } from '../../../lib/i18n';
import {
  casesOpenDataHref,
  OPEN_DATA_LICENCE,
  statisticsOpenDataHref,
  useOpenDataDictionary,
  type OpenDataColumn,
} from '../api/open-data';

function DictionaryTable({ caption, rows }: { caption: string; rows: readonly OpenDataColumn[] }) {
  const t = useT(resultsMessages);
  const { l } = useI18n();
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('openData.dictionary.name')}</th>
            <th scope="col">{t('openData.dictionary.description')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td>{l({ ja: row.ja, en: row.en })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The dictionary of the open data, fetched from the API's JSON files when opened. */
function Dictionary() {
  const t = useT(resultsMessages);
  const [open, setOpen] = useState(false);
  const dictionary = useOpenDataDictionary(open);
  return (
    <details
      className="open-data__dictionary"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('openData.dictionary')}</summary>
      {!open ? null : dictionary.isPending ? (
        <Loading />
      ) : dictionary.isError ? (
        <LoadError error={dictionary.error} onRetry={() => void dictionary.refetch()} />
      ) : (
        <>
          <DictionaryTable
            caption={t('openData.dictionary.columns')}
            rows={dictionary.data.columns}
          />
          <DictionaryTable
            caption={t('openData.dictionary.metrics')}
            rows={dictionary.data.metrics}
          />
        </>
      )}
    </details>
  );
}

/**
 * The open data of the results: the cases and the statistics (of the year shown, or of every
 * year) as CSV and JSON, their licence and the dictionary of their columns.
 */
export function OpenDataLinks({ fiscalYear }: { fiscalYear: number | null }) {
  const t = useT(resultsMessages);
  const { language } = useI18n();
  const year =
    fiscalYear === null ? t('statistics.allYears') : formatFiscalYear(fiscalYear, language);
  return (
    <section className="card open-data" aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{t('openData.title')}</h2>
      <p>
        <Rich
          text={t('openData.lead', { licence: OPEN_DATA_LICENCE.name })}
          parts={{
            licence: (words) => (
              <a href={OPEN_DATA_LICENCE.url} rel="license">
                {words}
              </a>
            ),
          }}
        />
      </p>
      <ul className="open-data__links">
        <li>
          <a href={casesOpenDataHref('csv')} download>
            {t('openData.casesCsv')}
          </a>
        </li>
        <li>
          <a href={casesOpenDataHref('json')}>{t('openData.casesJson')}</a>
        </li>
        <li>
          <a href={statisticsOpenDataHref('csv', fiscalYear)} download>
            {t('openData.statisticsCsv', { year })}
          </a>
        </li>
        <li>
          <a href={statisticsOpenDataHref('json', fiscalYear)}>
            {t('openData.statisticsJson', { year })}
          </a>
        </li>
      </ul>
      <Dictionary />
    </section>
  );
}
