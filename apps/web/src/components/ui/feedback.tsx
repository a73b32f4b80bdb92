import { useEffect, useRef, type ReactNode } from 'react';
import { isApiError } from '../../lib/api-client';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../lib/i18n';

export function Alert({
  kind = 'info',
  title,
  children,
  role,
}: {
  kind?: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children?: ReactNode;
  role?: 'alert' | 'status';
}) {
  return (
    <div className={`alert alert--${kind}`} role={role ?? (kind === 'error' ? 'alert' : 'status')}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}

/** The list of problems at the top of a form; each links to its field. */
export function ErrorSummary({
  errors,
  message,
}: {
  errors: Record<string, string>;
  message: string | null;
}) {
  const t = useT(appMessages);
  const entries = Object.entries(errors);
  if (entries.length === 0 && !message) {
    return null;
  }
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} data-error-summary>
      <p className="alert__title">
        {entries.length > 0 ? t('common.errorSummary', { count: entries.length }) : message}
      </p>
      {entries.length > 0 ? (
        <ul className="error-list">
          {message && entries.length > 0 ? <li className="error-list__lead">{message}</li> : null}
          {entries.map(([path, text]) => (
            <li key={path}>
              <a
                href={`#field-${path}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
                  field?.focus();
                }}
              >
                {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Loading({ page = false }: { page?: boolean } = {}) {
  const t = useT(appMessages);
  return (
    // `page`: a long page's content is on its way; its height is kept so that the footer does not
    // jump down when it arrives (layout shift).
    <p className={page ? 'loading loading--page' : 'loading'} role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

/** What to show when loading failed: the server's message, or the network message, and a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(appMessages);
  const message = isApiError(error)
    ? error.code === 'network.error'
      ? t('common.networkError')
      : error.message
    : t('error.generic.body');
  return (
    <Alert kind="error" title={t('error.generic.title')}>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </Alert>
  );
}

/** The page heading. It takes focus when the page opens, so screen readers announce the new page. */
export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useT(appMessages);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    const heading = ref.current?.textContent?.trim();
    document.title = heading ? `${heading} | ${t('app.name')}` : t('app.name');
  }, [children, t]);
  return (
    <div className="page-title">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {lead ? <p className="page-title__lead">{lead}</p> : null}
    </div>
  );
}
