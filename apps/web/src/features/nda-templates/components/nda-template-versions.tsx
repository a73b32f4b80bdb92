import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import type { NdaTemplate } from '@kyoso/contracts/ndas';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import '../../../styles/staff-pages.css';

/** Every version: a table (version, title, hash, date, current), then each full text. */
export function NdaTemplateVersions({ templates }: { templates: readonly NdaTemplate[] }) {
  const t = useT(adminMessages);
  const { language } = useI18n();
  return (
    <>
      <div
        className="table-wrap"
        role="region"
        tabIndex={0}
        aria-label={t('ndaTemplates.tableLabel')}
      >
        <table className="table">
          <caption className="visually-hidden">{t('ndaTemplates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ndaTemplates.column.version')}</th>
              <th scope="col">{t('ndaTemplates.column.title')}</th>
              <th scope="col">SHA-256</th>
              <th scope="col">{t('ndaTemplates.column.createdAt')}</th>
              <th scope="col">{t('ndaTemplates.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {templates.map((tpl) => (
              <tr key={tpl.id}>
                <th scope="row">{t('ndaTemplates.version', { version: tpl.version })}</th>
                <td>{tpl.title}</td>
                <td>
                  <code className="nda-hash" title={tpl.sha256}>
                    {tpl.sha256.slice(0, 12)}…
                  </code>
                </td>
                <td>{formatDateTime(tpl.createdAt, language)}</td>
                <td>
                  {tpl.current ? (
                    <span className="badge badge--current">{t('ndaTemplates.current')}</span>
                  ) : (
                    <span className="muted">{t('ndaTemplates.earlier')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('ndaTemplates.fullTexts')}</h3>
      <div className="nda-versions">
        {templates.map((tpl) => (
          <details key={tpl.id}>
            <summary>
              {t(tpl.current ? 'ndaTemplates.summaryCurrent' : 'ndaTemplates.summary', {
                version: tpl.version,
                title: tpl.title,
              })}
            </summary>
            <dl className="facts">
              <dt>SHA-256</dt>
              <dd className="nda-hash">{tpl.sha256}</dd>
              <dt>{t('ndaTemplates.column.createdAt')}</dt>
              <dd>{formatDateTime(tpl.createdAt, language)}</dd>
            </dl>
            <div
              className="nda-text"
              role="region"
              tabIndex={0}
              aria-label={t('ndaTemplates.fullText', { version: tpl.version })}
            >
              <p className="nda-text__title">{tpl.title}</p>
              <div lang="ja">{tpl.body}</div>
            </div>
          </details>
        ))}
      </div>
    </>
  );
}
