export { ConsoleArea, type ConsoleSection } from './components/console-area';
export { Directory } from './components/directory';
export { DirectoryEntry } from './components/directory-entry';
export { RequireCouncil } from './components/require-council';
export { VerificationQueue } from './components/verification-queue';
