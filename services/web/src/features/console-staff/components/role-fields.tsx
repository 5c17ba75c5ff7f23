import { Checkbox, Group, MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCentres } from '../../../lib/centres';
import { textIn } from '../../../lib/localized';
import { STAFF_ROLES, type StaffRole } from '../api/staff';

interface RoleFieldsProps {
  readonly roles: StaffRole[];
  readonly centreIds: string[];
  readonly onRoles: (roles: StaffRole[]) => void;
  readonly onCentres: (centreIds: string[]) => void;
  readonly rolesError?: string | undefined;
  readonly centresError?: string | undefined;
}

/** The roles to hold, and the centres a centre-coordinator serves (asked only for that role). */
export function RoleFields({
  roles,
  centreIds,
  onRoles,
  onCentres,
  rolesError,
  centresError,
}: RoleFieldsProps) {
  const { t, i18n } = useTranslation('staff');
  const centres = useCentres();
  return (
    <>
      <Checkbox.Group
        label={t('field.roles')}
        value={roles}
        onChange={(value) => onRoles(value as StaffRole[])}
        error={rolesError}
      >
        <Group gap="sm" mt="xs">
          {STAFF_ROLES.map((role) => (
            <Checkbox key={role} value={role} label={t(`role.${role}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {roles.includes('centre-coordinator') && (
        <MultiSelect
          label={t('field.centres')}
          value={centreIds}
          onChange={onCentres}
          error={centresError}
          data={(centres.data ?? []).map((c) => ({
            value: c.centreId,
            label: textIn(c.name, i18n.language),
          }))}
        />
      )}
    </>
  );
}
