import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { useChangeRoles, type StaffMember, type StaffRole } from '../api/staff';
import { RoleFields } from './role-fields';

/** Replaces one staff member's roles and centres. */
export function ChangeRoles({ member, onDone }: { member: StaffMember; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const change = useChangeRoles();
  const [roles, setRoles] = useState<StaffRole[]>([...member.staffRoles]);
  const [centreIds, setCentreIds] = useState<string[]>([...member.centreIds]);
  return (
    <Stack
      component="form"
      gap="xs"
      aria-label={t('change.title', { email: member.email ?? member.accountId })}
      onSubmit={(event) => {
        event.preventDefault();
        const kept = roles.includes('centre-coordinator') ? centreIds : [];
        change.mutate(
          { accountId: member.accountId, staffRoles: roles, centreIds: kept },
          { onSuccess: onDone },
        );
      }}
    >
      <ProblemAlert error={change.error} />
      <RoleFields
        roles={roles}
        centreIds={centreIds}
        onRoles={setRoles}
        onCentres={setCentreIds}
        rolesError={fieldError(change.error, 'staffRoles')}
        centresError={fieldError(change.error, 'centreIds')}
      />
      <Group gap="xs">
        <Button type="submit" loading={change.isPending} disabled={roles.length === 0}>
          {t('change.submit')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('change.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
