export { NotificationList, UnreadNotificationsBadge } from './components/notification-list';
export { useLiveNotifications } from './hooks/use-live-notifications';
