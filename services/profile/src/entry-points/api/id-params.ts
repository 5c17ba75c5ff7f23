import { z } from 'zod';
import { ID_PATTERN } from '../../domain/ids';
import { slugSchema } from '../../domain/people/profile-fields';

const uuid = z.string().regex(ID_PATTERN, { error: 'must be an id this service issued' });

export const accountIdParams = z.object({ accountId: uuid }).strict();
export const startupIdParams = z.object({ startupId: uuid }).strict();
export const advisorIdParams = z.object({ advisorId: uuid }).strict();
export const programmeIdParams = z.object({ programmeId: uuid }).strict();
export const noticeIdParams = z.object({ noticeId: uuid }).strict();
export const centreIdParams = z.object({ centreId: slugSchema }).strict();
