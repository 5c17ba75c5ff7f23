import { ConsoleArea, type ConsoleSection } from '../../features/console';

// The console's own navigation; each console feature adds its page here and in router.tsx.
const SECTIONS: readonly ConsoleSection[] = [
  { to: '/console', label: 'console:nav.pipeline', roles: ['programme-manager', 'observer'] },
  {
    to: '/console/verification',
    label: 'console:nav.verification',
    count: 'verification',
    roles: ['verifier'],
  },
  {
    to: '/console/directory',
    label: 'console:nav.directory',
    roles: ['admin', 'programme-manager', 'verifier', 'observer', 'centre-coordinator'],
  },
  { to: '/console/programmes', label: 'console-programmes:nav', roles: ['programme-manager'] },
  { to: '/console/rounds', label: 'console-rounds:nav', roles: ['programme-manager', 'observer'] },
  { to: '/console/progress', label: 'milestones:nav.console', roles: ['programme-manager', 'observer'] },
  { to: '/console/milestones', label: 'milestones:nav.advisor', roles: ['centre-coordinator'] },
  {
    to: '/console/attendance',
    label: 'training:attendance.nav',
    roles: ['centre-coordinator', 'programme-manager'],
  },
  {
    to: '/console/reports',
    label: 'impact-reports:nav',
    roles: ['programme-manager', 'observer', 'centre-coordinator'],
  },
  { to: '/console/approvals', label: 'approvals:nav', roles: ['admin', 'programme-manager'] },
  { to: '/console/staff', label: 'staff:nav', roles: ['admin'] },
  { to: '/console/audit', label: 'audit:nav', roles: ['admin', 'observer'] },
];

export default function ConsoleRoute() {
  return <ConsoleArea sections={SECTIONS} />;
}
