import { Button, Card, NativeSelect, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { textIn } from '../../../lib/localized';
import { useCreateStaff, useOrganisations, type StaffRole } from '../api/staff';
import { RoleFields } from './role-fields';

/** A new staff account in one organisation, with its roles; each field shows its own error. */
export function CreateStaff() {
  const { t, i18n } = useTranslation('staff');
  const organisations = useOrganisations();
  const create = useCreateStaff();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [centreIds, setCentreIds] = useState<string[]>([]);
  const coordinator = roles.includes('centre-coordinator');
  const submit = () =>
    create.mutate(
      {
        email: email.trim(),
        password,
        organisationId,
        staffRoles: roles,
        ...(coordinator ? { centreIds } : {}),
      },
      {
        onSuccess: () => {
          setEmail('');
          setPassword('');
          setRoles([]);
          setCentreIds([]);
        },
      },
    );
  return (
    <Card withBorder>
      <Stack
        component="form"
        gap="sm"
        aria-label={t('create.title')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Title order={3} size="h5">
          {t('create.title')}
        </Title>
        <ProblemAlert error={create.error} />
        <TextInput
          label={t('field.email')}
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError(create.error, 'email')}
        />
        <PasswordInput
          label={t('field.password')}
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldError(create.error, 'password')}
        />
        <NativeSelect
          label={t('field.organisation')}
          required
          value={organisationId}
          onChange={(event) => setOrganisationId(event.currentTarget.value)}
          error={fieldError(create.error, 'organisationId')}
          data={[
            { value: '', label: t('field.chooseOrganisation'), disabled: true },
            ...(organisations.data ?? []).map((o) => ({
              value: o.organisationId,
              label: textIn(o.name, i18n.language),
            })),
          ]}
        />
        <RoleFields
          roles={roles}
          centreIds={centreIds}
          onRoles={setRoles}
          onCentres={setCentreIds}
          rolesError={fieldError(create.error, 'staffRoles')}
          centresError={fieldError(create.error, 'centreIds')}
        />
        <Button type="submit" loading={create.isPending} disabled={roles.length === 0} w="fit-content">
          {t('create.submit')}
        </Button>
        {create.isSuccess && <div role="status">{t('create.done', { email: create.data.email })}</div>}
      </Stack>
    </Card>
  );
}
