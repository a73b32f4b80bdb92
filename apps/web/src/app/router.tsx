import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/layouts/app-layout';
import { HomePage } from './routes/home';
import { ErrorPage, NotFoundPage } from './routes/not-found';

/**
 * Every page of the web app. The home page is in the main bundle; everything else loads on
 * demand, so that a visitor's first page stays small.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <ErrorPage />,
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'login',
          lazy: () => import('./routes/auth/login').then((m) => ({ Component: m.LoginPage })),
        },
        {
          path: 'register',
          lazy: () => import('./routes/auth/register').then((m) => ({ Component: m.RegisterPage })),
        },
        {
          path: 'verify-email',
          lazy: () =>
            import('./routes/auth/verify-email').then((m) => ({ Component: m.VerifyEmailPage })),
        },
        {
          path: 'forgot-password',
          lazy: () =>
            import('./routes/auth/forgot-password').then((m) => ({
              Component: m.ForgotPasswordPage,
            })),
        },
        {
          path: 'reset-password',
          lazy: () =>
            import('./routes/auth/reset-password').then((m) => ({
              Component: m.ResetPasswordPage,
            })),
        },
        {
          path: 'join',
          lazy: () => import('./routes/auth/join').then((m) => ({ Component: m.JoinPage })),
        },
        {
          path: 'account',
          lazy: () =>
            import('./routes/account/account').then((m) => ({ Component: m.AccountPage })),
        },
        {
          path: 'proposals',
          lazy: () =>
            import('./routes/proposals/list').then((m) => ({ Component: m.MyProposalsPage })),
        },
        {
          path: 'proposals/:id',
          lazy: () =>
            import('./routes/proposals/proposal').then((m) => ({ Component: m.ProposalPage })),
        },
        {
          path: 'inbox',
          lazy: () => import('./routes/proposals/list').then((m) => ({ Component: m.InboxPage })),
        },
        {
          path: 'admin/users',
          lazy: () => import('./routes/admin/users').then((m) => ({ Component: m.AdminUsersPage })),
        },
        {
          path: 'dev/mail',
          lazy: () => import('./routes/dev/mail').then((m) => ({ Component: m.DevMailPage })),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
