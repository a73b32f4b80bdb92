import { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import type { Nda } from '@kyoso/contracts/ndas';
import { useT } from '../../../lib/i18n';

/** The agreement's text, in a region that scrolls and that keyboard users can focus to scroll. */
export function AgreementText({ template }: { template: Nda['template'] }) {
  const t = useT(ndaMessages);
  return (
    <>
      <dl className="facts">
        <dt>{t('agreement.name')}</dt>
        <dd>{template.title}</dd>
        <dt>{t('agreement.version')}</dt>
        <dd>{t('agreement.versionValue', { version: template.version })}</dd>
        <dt>{t('agreement.sha256')}</dt>
        <dd className="nda-hash">{template.sha256}</dd>
      </dl>
      <div
        className="nda-text"
        role="region"
        tabIndex={0}
        aria-label={t('agreement.fullText', { title: template.title })}
      >
        <p className="nda-text__title">{template.title}</p>
        <div lang="ja">{template.body}</div>
      </div>
      <p className="muted">{t('agreement.japanese')}</p>
    </>
  );
}
