export { useThread } from './api/threads';
export { CompleteIntroduction } from './components/complete-introduction';
export { ThreadList, UnreadMessagesBadge, type Party } from './components/thread-list';
export { ThreadView } from './components/thread-view';
