import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createRouter } from './app/router';
import { AuthProvider } from './lib/auth';
import { I18nProvider } from './lib/i18n';
import { MetaProvider } from './lib/meta';
import './styles/global.css';

const router = createRouter();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <MetaProvider>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </MetaProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
