import { createBrowserRouter } from 'react-router';
import { SignInForm, SignUpForm } from '../features/auth';
import { Layout } from './layout';
import { Home, RequireSession } from './require-session';

// Signed-in pages load with their feature, so the first page a visitor sees stays small.
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
  // Printed pages stand alone: no header or navigation on paper.
  { path: 'print/reports/:scope/:id', lazy: page(() => import('./routes/print-report')) },
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'sign-in', element: <SignInForm /> },
      { path: 'sign-up', element: <SignUpForm /> },
      { path: 'account', lazy: page(() => import('./routes/account')) },
      { path: 'profile', lazy: page(() => import('./routes/profile')) },
      { path: 'best-startups', lazy: page(() => import('./routes/best-startups')) },
      { path: 'verify-email', lazy: page(() => import('./routes/verify-email')) },
      { path: 'forgot-password', lazy: page(() => import('./routes/forgot-password')) },
      { path: 'reset-password', lazy: page(() => import('./routes/reset-password')) },
      { path: 'change-password', lazy: page(() => import('./routes/change-password')) },
      { path: 'change-email', lazy: page(() => import('./routes/change-email')) },
      { path: 'matches', lazy: page(() => import('./routes/matches')) },
      { path: 'inbox', lazy: page(() => import('./routes/inbox')) },
      { path: 'requests', lazy: page(() => import('./routes/requests')) },
      { path: 'meetings', lazy: page(() => import('./routes/meetings')) },
      { path: 'notification-settings', lazy: page(() => import('./routes/notification-settings')) },
      { path: 'threads', lazy: page(() => import('./routes/threads')) },
      { path: 'threads/:threadId', lazy: page(() => import('./routes/thread')) },
      { path: 'notifications', lazy: page(() => import('./routes/notifications')) },
      { path: 'milestones', lazy: page(() => import('./routes/milestones')) },
      { path: 'check-in', lazy: page(() => import('./routes/check-in')) },
      { path: 'mentee-milestones', lazy: page(() => import('./routes/mentee-milestones')) },
      { path: 'training', lazy: page(() => import('./routes/training')) },
      { path: 'certificates/:code', lazy: page(() => import('./routes/certificate')) },
      { path: 'introductions/:introductionId/meeting', lazy: page(() => import('./routes/book-meeting')) },
      {
        path: 'console',
        lazy: page(() => import('./routes/console')),
        children: [
          { index: true, lazy: page(() => import('./routes/console-pipeline')) },
          { path: 'verification', lazy: page(() => import('./routes/console-verification')) },
          { path: 'directory', lazy: page(() => import('./routes/console-directory')) },
          { path: 'directory/:kind/:id', lazy: page(() => import('./routes/console-directory')) },
          { path: 'programmes', lazy: page(() => import('./routes/console-programmes')) },
          { path: 'programmes/:programmeId', lazy: page(() => import('./routes/console-programme')) },
          { path: 'rounds', lazy: page(() => import('./routes/console-rounds')) },
          { path: 'progress', lazy: page(() => import('./routes/console-progress')) },
          { path: 'milestones', lazy: page(() => import('./routes/console-milestones')) },
          { path: 'attendance', lazy: page(() => import('./routes/console-attendance')) },
          { path: 'reports/:scope?/:id?', lazy: page(() => import('./routes/console-reports')) },
          { path: 'approvals', lazy: page(() => import('./routes/console-approvals')) },
          { path: 'staff', lazy: page(() => import('./routes/console-staff')) },
          { path: 'audit', lazy: page(() => import('./routes/console-audit')) },
        ],
      },
    ],
  },
]);

export { RequireSession };
