import { conflict, notFound, type AppError } from '@jisr/errors';

export const staffNotFound = (): AppError => notFound('STAFF.NOT_FOUND', 'No such member of staff.');

export const lastAdmin = (): AppError =>
  conflict('STAFF.LAST_ADMIN', 'The last admin cannot lose the admin role.');
