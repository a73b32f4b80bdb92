import { useState } from 'react';
import { Alert, LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { api } from '../../../lib/api-client';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useMeta } from '../../../lib/meta';
import { useApi } from '../../../lib/use-api';

type Summary = { id: string; to: string; subject: string; template: string; createdAt: string };
type Message = Summary & { text: string; html: string };

/** Links inside an e-mail, so that a developer can follow "verify your e-mail" in one click. */
function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s]+/g) ?? [])];
}

/** Opens a link of this portal on this very server, whatever PUBLIC_URL says. */
function localHref(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

function MessageView({ id }: { id: string }) {
  const t = useT(appMessages);
  const state = useApi(
    (signal) => api<{ message: Message }>(`/api/dev/mail/${id}`, { signal }),
    id,
  );
  if (state.loading) {
    return <Loading />;
  }
  if (state.error || !state.data) {
    return <LoadError error={state.error} />;
  }
  const m = state.data.message;
  return (
    <article className="card mail" aria-labelledby="mail-subject">
      <h2 id="mail-subject">{m.subject}</h2>
      <p>
        {t('devMail.to')}: {m.to}
      </p>
      <h3>{t('devMail.links')}</h3>
      <ul className="plain-list">
        {linksIn(m.text).map((link) => (
          <li key={link}>
            <a href={localHref(link)}>{link}</a>
          </li>
        ))}
      </ul>
      <details open>
        <summary>{t('devMail.text')}</summary>
        <pre className="mail__text">{m.text}</pre>
      </details>
      <details>
        <summary>{t('devMail.html')}</summary>
        <iframe title={t('devMail.html')} className="mail__html" sandbox="" srcDoc={m.html} />
      </details>
    </article>
  );
}

export function DevMailPage() {
  const t = useT(appMessages);
  const { language } = useI18n();
  const meta = useMeta();
  const [selected, setSelected] = useState<string | null>(null);
  const list = useApi(
    (signal) => api<{ messages: Summary[] }>('/api/dev/mail', { signal }),
    'mail',
  );
  return (
    <>
      <PageTitle lead={t('devMail.intro')}>{t('devMail.title')}</PageTitle>
      {meta && !meta.devMailbox ? <Alert kind="warning">{t('error.notFound.body')}</Alert> : null}
      <p>
        <button type="button" className="button button--secondary" onClick={list.reload}>
          {t('devMail.refresh')}
        </button>
      </p>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.messages.length === 0 ? <p>{t('devMail.empty')}</p> : null}
      {list.data && list.data.messages.length > 0 ? (
        <div className="mailbox">
          <ul className="mailbox__list" aria-label={t('devMail.title')}>
            {list.data.messages.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className={`mailbox__item${selected === m.id ? ' mailbox__item--selected' : ''}`}
                  aria-current={selected === m.id ? 'true' : undefined}
                  onClick={() => setSelected(m.id)}
                >
                  <span className="mailbox__subject">{m.subject}</span>
                  <span className="mailbox__meta">
                    {m.to} · {formatDateTime(m.createdAt, language)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="mailbox__view">{selected ? <MessageView id={selected} /> : null}</div>
        </div>
      ) : null}
    </>
  );
}
