import { Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { useCompleteIntroduction, useIntroduction } from '../api/introduction';

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * Either party closes an accepted introduction with a rating from 1 to 5 and an optional word;
 * afterwards both see the rating, and the conversation is read-only.
 */
export function CompleteIntroduction({ introductionId }: { readonly introductionId: string }) {
  const { t } = useTranslation('threads');
  const introduction = useIntroduction(introductionId);
  const complete = useCompleteIntroduction(introductionId);
  const [rating, setRating] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  if (introduction.isPending) return null;
  if (introduction.isError) return <ProblemAlert error={introduction.error} />;
  const { completion, status } = introduction.data;
  if (completion !== null)
    return (
      <Card withBorder component="section" aria-label={t('completion.title')}>
        <Title order={2} size="h4">
          {t('completion.title')}
        </Title>
        <Text>{t('completion.done', { rating: completion.rating, by: completion.by })}</Text>
        {completion.comment !== null && (
          <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {completion.comment}
          </Text>
        )}
      </Card>
    );
  if (status !== 'accepted') return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rating !== null) complete.mutate({ rating: Number(rating), comment });
  };
  return (
    <Card withBorder component="section" aria-label={t('completion.title')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('completion.title')}
          </Title>
          <Text size="sm">{t('completion.hint')}</Text>
          <ProblemAlert error={complete.error} />
          <Radio.Group label={t('completion.rating')} value={rating} onChange={setRating} required>
            <Group gap="md" mt="xs">
              {RATINGS.map((n) => (
                <Radio key={n} value={String(n)} label={t('completion.stars', { rating: n })} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('completion.comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            dir="auto"
            error={fieldError(complete.error, 'comment')}
          />
          <Button
            type="submit"
            disabled={rating === null}
            loading={complete.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('completion.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
