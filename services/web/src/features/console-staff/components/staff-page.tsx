import { PageHeading } from '../../../components/page-heading';
import { Badge, Button, Group, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { textIn } from '../../../lib/localized';
import { useOrganisations, useStaff } from '../api/staff';
import { ChangeRoles } from './change-roles';
import { CreateStaff } from './create-staff';

/** Staff and roles (admin): every member of staff with organisation and roles; create one; change roles. */
export function StaffPage() {
  const { t, i18n } = useTranslation('staff');
  const staff = useStaff();
  const organisations = useOrganisations();
  const [editing, setEditing] = useState<string | null>(null);
  const orgName = (id: string | null) => {
    const org = (organisations.data ?? []).find((o) => o.organisationId === id);
    return org === undefined ? (id ?? '—') : textIn(org.name, i18n.language);
  };
  const items = staff.data ?? [];
  return (
    <Stack gap="md">
      <PageHeading title={t('title')} intro={t('intro')} />
      <QueryState query={staff} loading={t('loading')} empty={items.length === 0 && t('empty')} />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={t('title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.email')}</Table.Th>
                <Table.Th>{t('field.organisation')}</Table.Th>
                <Table.Th>{t('field.roles')}</Table.Th>
                <Table.Th>{t('field.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((member) => (
                <Table.Tr key={member.accountId}>
                  <Table.Td>{member.email ?? member.accountId}</Table.Td>
                  <Table.Td>{orgName(member.organisationId)}</Table.Td>
                  <Table.Td>
                    {editing === member.accountId ? (
                      <ChangeRoles member={member} onDone={() => setEditing(null)} />
                    ) : (
                      <Group gap={4}>
                        {member.staffRoles.map((role) => (
                          <Badge key={role} color="dark.6">
                            {t(`role.${role}`)}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`status.${member.status}`)}</Table.Td>
                  <Table.Td>
                    {editing !== member.accountId && (
                      <Button
                        size="xs"
                        variant="outline"
                        aria-label={t('change.title', { email: member.email ?? member.accountId })}
                        onClick={() => setEditing(member.accountId)}
                      >
                        {t('change.open')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateStaff />
    </Stack>
  );
}
