import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, profileApi } from '../../../lib/api-client';
import type { paths } from '../../../lib/api-types/profile';

type NewStaff = paths['/v1/staff']['post']['requestBody']['content']['application/json'];
export type StaffRole = NewStaff['staffRoles'][number];
export const STAFF_ROLES: readonly StaffRole[] = [
  'admin',
  'programme-manager',
  'verifier',
  'centre-coordinator',
  'observer',
];

const KEY = ['console-staff'] as const;

/** Every member of staff of every organisation (admin). */
export const useStaff = () =>
  useQuery({
    queryKey: [...KEY, 'list'],
    queryFn: async () => dataOf(await profileApi.GET('/v1/staff')).items,
  });
export type StaffMember = NonNullable<ReturnType<typeof useStaff>['data']>[number];

/** The partner organisations (admin). */
export const useOrganisations = () =>
  useQuery({
    queryKey: [...KEY, 'organisations'],
    staleTime: 5 * 60_000,
    queryFn: async () => dataOf(await profileApi.GET('/v1/organisations')).items,
  });

/** Creates a staff account in an organisation, with roles (and centres for a centre-coordinator). */
export function useCreateStaff() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewStaff) => dataOf(await profileApi.POST('/v1/staff', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: KEY }),
  });
}

export interface RoleChange {
  readonly accountId: string;
  readonly staffRoles: StaffRole[];
  readonly centreIds: string[];
}

/** Replaces a staff member's roles and centres; the change rides their next token refresh. */
export function useChangeRoles() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ accountId, staffRoles, centreIds }: RoleChange) =>
      dataOf(
        await profileApi.PUT('/v1/staff/{accountId}/roles', {
          params: { path: { accountId } },
          body: { staffRoles, centreIds },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: KEY }),
  });
}
