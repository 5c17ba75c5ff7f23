import { ConsoleArea, type ConsoleSection } from '../../features/console';

// The console's own navigation; each console feature adds its page here and in router.tsx.
const SECTIONS: readonly ConsoleSection[] = [
  { to: '/console', label: 'console:nav.pipeline' },
  { to: '/console/verification', label: 'console:nav.verification', count: 'verification' },
  { to: '/console/directory', label: 'console:nav.directory' },
  { to: '/console/programmes', label: 'console-programmes:nav' },
  { to: '/console/rounds', label: 'console-rounds:nav' },
  { to: '/console/progress', label: 'milestones:nav.console' },
];

export default function ConsoleRoute() {
  return <ConsoleArea sections={SECTIONS} />;
}
