import { useState } from 'react';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import type { NdaTemplate } from '@kyoso/contracts/ndas';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useNdaTemplates } from '../api/get-nda-templates';
import { useStandardNdaTemplate } from '../api/get-standard-nda-template';
import { NdaTemplateForm } from './nda-template-form';
import { NdaTemplateVersions } from './nda-template-versions';
import '../../../styles/nda-pages.css';

/** The NDA template's versions and the form for a new one, with what saving did. */
export function NdaTemplatesAdmin() {
  const t = useT(adminMessages);
  const templates = useNdaTemplates();
  const standard = useStandardNdaTemplate();
  const [saved, setSaved] = useState<{ template: NdaTemplate; reactivated: boolean } | null>(null);
  const savedRef = useFocusWhen(saved);
  const list = templates.data?.templates;
  const current = list?.find((tpl) => tpl.current);
  const start = current ? { title: current.title, body: current.body } : standard.data;

  return (
    <>
      {saved ? (
        <div ref={savedRef} tabIndex={-1}>
          <Alert kind="success">
            {t(saved.reactivated ? 'ndaTemplates.reactivated' : 'ndaTemplates.saved', {
              version: saved.template.version,
            })}
          </Alert>
        </div>
      ) : null}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('ndaTemplates.versions')}</h2>
        {templates.isPending ? <Loading /> : null}
        {templates.isError ? (
          <LoadError error={templates.error} onRetry={() => void templates.refetch()} />
        ) : null}
        {list && list.length === 0 ? <Alert kind="warning">{t('ndaTemplates.empty')}</Alert> : null}
        {list && list.length > 0 ? <NdaTemplateVersions templates={list} /> : null}
      </section>

      <section className="card" aria-labelledby="new-version-heading">
        <h2 id="new-version-heading">{t('ndaTemplates.new')}</h2>
        <p>
          {current
            ? t('ndaTemplates.startsFromCurrent', { version: current.version })
            : t('ndaTemplates.startsFromStandard')}
        </p>
        {standard.isError && !current ? (
          <LoadError error={standard.error} onRetry={() => void standard.refetch()} />
        ) : null}
        {list && start ? (
          <NdaTemplateForm
            key={current?.id ?? 'standard'}
            start={start}
            standard={standard.data}
            known={list}
            onCreated={(template, reactivated) => setSaved({ template, reactivated })}
          />
        ) : templates.isError ? null : (
          <Loading />
        )}
      </section>
    </>
  );
}
