import { ActionIcon, Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TurkishDeal } from '../api/outcomes';

/** Partnerships and export deals with Turkish companies, one row each. */
export function DealFields({
  deals,
  onChange,
}: {
  deals: readonly TurkishDeal[];
  onChange: (deals: TurkishDeal[]) => void;
}) {
  const { t } = useTranslation('outcomes');
  const change = (index: number, deal: TurkishDeal) =>
    onChange(deals.map((d, i) => (i === index ? deal : d)));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('deals')}
      </Text>
      {deals.map((deal, index) => (
        <Group key={index} align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('dealKind')}
            value={deal.kind}
            data={(['partnership', 'export'] as const).map((kind) => ({
              value: kind,
              label: t(`kind.${kind}`),
            }))}
            onChange={(e) => change(index, { ...deal, kind: e.currentTarget.value as TurkishDeal['kind'] })}
          />
          <TextInput
            label={t('company')}
            value={deal.company}
            maxLength={120}
            onChange={(e) => change(index, { ...deal, company: e.currentTarget.value })}
          />
          <NumberInput
            label={t('dealValue')}
            value={deal.valueUsd ?? ''}
            min={0}
            allowDecimal={false}
            thousandSeparator=","
            onChange={(value) =>
              change(index, {
                kind: deal.kind,
                company: deal.company,
                ...(typeof value === 'number' ? { valueUsd: value } : {}),
              })
            }
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('removeDeal', { company: deal.company })}
            onClick={() => onChange(deals.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() => onChange([...deals, { kind: 'partnership', company: '' }])}
        >
          {t('addDeal')}
        </Button>
      </Group>
    </Stack>
  );
}
