import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { errorMessages } from '@kyoso/i18n/catalogues/errors';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { createRouter } from './app/router';
import { prefetchHomeData } from './app/routes/home';
import { paths } from './config/paths';
import { sessionQueryOptions } from './lib/auth';
import { I18nProvider, initialLanguage, preloadNamespaces } from './lib/i18n';
import { metaQueryOptions } from './lib/meta';
import { createQueryClient } from './lib/query-client';
import './styles/global.css';

const router = createRouter();
const queryClient = createQueryClient();
const root = document.getElementById('root');
const language = initialLanguage();

/** The words every page uses, in the reader's language, before the first paint. */
const SHELL = [appMessages, formatMessages, workflowMessages, domainMessages, errorMessages];

// Who is logged in and the portal's facts are asked at once, while the words load.
void queryClient.prefetchQuery(sessionQueryOptions());
void queryClient.prefetchQuery(metaQueryOptions());
if (window.location.pathname === paths.home) {
  prefetchHomeData(queryClient);
}

function render() {
  if (!root) {
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider initial={language}>
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

// Japanese is in the bundle; another language is one small request first (if it fails, the
// page still shows, in Japanese where the words are missing).
preloadNamespaces(SHELL, language).then(render, render);
