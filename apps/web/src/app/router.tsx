import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../components/layouts/app-layout';
import { Loading } from '../components/ui/feedback';
import { HomePage } from './routes/home';
import { ErrorPage, NotFoundPage } from './routes/not-found';

/** A page loaded on demand: `page('themes', () => import('./routes/themes/list'), 'ThemesPage')`. */
function page<M extends Record<string, unknown>>(
  path: string,
  load: () => Promise<M>,
  name: keyof M & string,
): RouteObject {
  return {
    path,
    lazy: () => load().then((module) => ({ Component: module[name] as ComponentType })),
  };
}

/**
 * Every page of the web app. The home page is in the main bundle; everything else loads on
 * demand, so that a visitor's first page stays small.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <ErrorPage />,
      // The first page's module is still loading: the layout's own loading line, no blank page.
      hydrateFallbackElement: <Loading />,
      children: [
        { index: true, element: <HomePage /> },
        page('login', () => import('./routes/auth/login'), 'LoginPage'),
        page('register', () => import('./routes/auth/register'), 'RegisterPage'),
        page('verify-email', () => import('./routes/auth/verify-email'), 'VerifyEmailPage'),
        page(
          'forgot-password',
          () => import('./routes/auth/forgot-password'),
          'ForgotPasswordPage',
        ),
        page('reset-password', () => import('./routes/auth/reset-password'), 'ResetPasswordPage'),
        page('join', () => import('./routes/auth/join'), 'JoinPage'),
        page('account', () => import('./routes/account/account'), 'AccountPage'),
        page('themes', () => import('./routes/themes/list'), 'ThemesPage'),
        page('themes/:id', () => import('./routes/themes/theme'), 'ThemePage'),
        page('cases', () => import('./routes/results/cases'), 'CasesPage'),
        page('statistics', () => import('./routes/results/statistics'), 'StatisticsPage'),
        page('staff/themes', () => import('./routes/themes/staff-list'), 'StaffThemesPage'),
        page('staff/themes/new', () => import('./routes/themes/staff-edit'), 'NewStaffThemePage'),
        page('staff/themes/:id', () => import('./routes/themes/staff-theme'), 'StaffThemePage'),
        page(
          'staff/themes/:id/edit',
          () => import('./routes/themes/staff-edit'),
          'EditStaffThemePage',
        ),
        page('guide', () => import('./routes/guide'), 'GuidePage'),
        page('calendar', () => import('./routes/calendar'), 'CalendarPage'),
        page('proposals', () => import('./routes/proposals/list'), 'MyProposalsPage'),
        page('proposals/new', () => import('./routes/proposals/new'), 'NewProposalPage'),
        page('proposals/:id', () => import('./routes/proposals/proposal'), 'ProposalPage'),
        page('proposals/:id/edit', () => import('./routes/proposals/edit'), 'EditProposalPage'),
        page('proposals/:id/receipt', () => import('./routes/proposals/receipt'), 'ReceiptPage'),
        page('proposals/:id/nda', () => import('./routes/proposals/nda'), 'NdaPage'),
        page('inbox', () => import('./routes/proposals/inbox'), 'InboxPage'),
        page('routing-report', () => import('./routes/routing-report'), 'RoutingReportPage'),
        page('admin/users', () => import('./routes/admin/users'), 'AdminUsersPage'),
        page(
          'admin/nda-templates',
          () => import('./routes/admin/nda-templates'),
          'AdminNdaTemplatesPage',
        ),
        page(
          'admin/calendar-settings',
          () => import('./routes/admin/calendar-settings'),
          'AdminCalendarSettingsPage',
        ),
        page('admin/audit', () => import('./routes/admin/audit'), 'AdminAuditPage'),
        page(
          'admin/departments',
          () => import('./routes/admin/departments'),
          'AdminDepartmentsPage',
        ),
        page('dev/mail', () => import('./routes/dev/mail'), 'DevMailPage'),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
