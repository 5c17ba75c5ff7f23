import { EVENT_TYPES, INTRODUCTION_STATES } from '@jisr/contracts';
import { z } from 'zod';
import { introductionViewSchema } from '../../services/matching/src/entry-points/api/api-views';
import { introductionSchema } from '../../services/messaging/src/entry-points/api/api-views';
import { introductionListQuery } from '../../services/messaging/src/entry-points/api/api-schemas';

// The states each API documents, read from the same schemas its OpenAPI document is generated from.
const documentedStates = (schema: z.ZodType, field: string): unknown => {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as {
    properties: Record<string, { enum?: unknown }>;
  };
  return json.properties[field]?.enum;
};

describe('one vocabulary for introductions', () => {
  test('when matching and messaging document an introduction, then both name its states as @jisr/contracts does', () => {
    expect([
      documentedStates(introductionViewSchema, 'state'),
      documentedStates(introductionSchema, 'status'),
    ]).toEqual([[...INTRODUCTION_STATES], [...INTRODUCTION_STATES]]);
  });

  test('when the inbox is filtered by the old name pending, then it is refused and requested is accepted', () => {
    expect([
      introductionListQuery.safeParse({ status: 'pending' }).success,
      introductionListQuery.parse({ status: 'requested' }).status,
    ]).toEqual([false, ['requested']]);
  });

  test('when the introduction events are listed, then each state is entered by the event of the same name', () => {
    const introductionEvents: readonly string[] = EVENT_TYPES.filter((type) =>
      type.startsWith('introduction.'),
    );

    expect(
      INTRODUCTION_STATES.filter((state) => !introductionEvents.includes(`introduction.${state}`)),
    ).toEqual([]);
  });
});
