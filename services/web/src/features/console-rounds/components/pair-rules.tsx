import { Button, CloseButton, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pair } from '../api/rounds';

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** The council's pins (pairs the round must keep) and bans (pairs it must not make). */
export function PairRules({
  startups,
  advisors,
  pinned,
  forbidden,
  onChange,
}: {
  readonly startups: readonly Option[];
  readonly advisors: readonly Option[];
  readonly pinned: readonly Pair[];
  readonly forbidden: readonly Pair[];
  readonly onChange: (next: { pinned: Pair[]; forbidden: Pair[] }) => void;
}) {
  const { t } = useTranslation('console-rounds');
  const [startupId, setStartupId] = useState<string | null>(null);
  const [advisorId, setAdvisorId] = useState<string | null>(null);
  const labelOf = (options: readonly Option[], id: string) =>
    options.find((o) => o.value === id)?.label ?? id;
  const pairName = (pair: Pair) =>
    t('rules.pair', {
      startup: labelOf(startups, pair.startupId),
      advisor: labelOf(advisors, pair.advisorId),
    });
  const same = (a: Pair) => (b: Pair) => a.startupId === b.startupId && a.advisorId === b.advisorId;
  const add = (kind: 'pinned' | 'forbidden') => {
    if (startupId === null || advisorId === null) return;
    const pair = { startupId, advisorId };
    // A pair is either pinned or banned: the newer rule replaces the older one.
    const next = {
      pinned: pinned.filter((p) => !same(pair)(p)),
      forbidden: forbidden.filter((p) => !same(pair)(p)),
    };
    onChange({ ...next, [kind]: [...next[kind], pair] });
  };
  const list = (kind: 'pinned' | 'forbidden', pairs: readonly Pair[]) => (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t(`rules.${kind}`)}>
      {pairs.length === 0 && (
        <Text size="sm" component="li">
          {t('rules.none')}
        </Text>
      )}
      {pairs.map((pair) => (
        <Group key={`${pair.startupId}:${pair.advisorId}`} component="li" gap="xs" wrap="nowrap">
          <Text size="sm">{pairName(pair)}</Text>
          <CloseButton
            size="sm"
            aria-label={t(kind === 'pinned' ? 'rules.unpin' : 'rules.unban', { pair: pairName(pair) })}
            onClick={() =>
              onChange({
                pinned: [...pinned],
                forbidden: [...forbidden],
                [kind]: pairs.filter((p) => !same(pair)(p)),
              })
            }
          />
        </Group>
      ))}
    </Stack>
  );
  return (
    <Stack gap="xs">
      <Group grow align="flex-end">
        <Select
          label={t('rules.startup')}
          data={startups}
          searchable
          value={startupId}
          onChange={setStartupId}
        />
        <Select
          label={t('rules.advisor')}
          data={advisors}
          searchable
          value={advisorId}
          onChange={setAdvisorId}
        />
      </Group>
      <Group>
        {(['pinned', 'forbidden'] as const).map((kind) => (
          <Button
            key={kind}
            variant="light"
            disabled={startupId === null || advisorId === null}
            onClick={() => add(kind)}
          >
            {t(kind === 'pinned' ? 'rules.pin' : 'rules.ban')}
          </Button>
        ))}
      </Group>
      <Text size="sm" fw={600}>
        {t('rules.pinned')}
      </Text>
      {list('pinned', pinned)}
      <Text size="sm" fw={600}>
        {t('rules.forbidden')}
      </Text>
      {list('forbidden', forbidden)}
    </Stack>
  );
}
