export * from './approval';
export * from './approval-errors';
export * from './decide';
export * from './settle-approval';
export * from './waiting';
export * from './approval-env';
export * from './approval-requests';
export * from './approval-routes';
