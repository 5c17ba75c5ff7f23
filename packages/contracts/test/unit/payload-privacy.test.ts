import { EVENT_PAYLOADS, EVENT_TYPES, TOPICS, topicOf } from '@jisr/contracts';
import type { z } from 'zod';

const CONTACT_OR_SECRET = /e-?mail|phone|mobile|whats-?app|telegram|password|passwd|secret|contact/i;

/** Every key path a schema accepts, descending through objects, arrays, optionals, unions and records. */
function keyPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const into = (inner: unknown, path = prefix) => keyPaths(inner as z.ZodType, path);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        return [path, ...into(value, path)];
      });
    case 'array':
      return into(def.element, `${prefix}[]`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return into(def.innerType);
    case 'pipe':
      return [...into(def.in), ...into(def.out)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => into(option));
    case 'record':
      return into(def.valueType, `${prefix}{}`);
    default:
      return [];
  }
}

// The contact topic exists to carry one address to the one service that sends notification mail.
const onContactTopic = EVENT_TYPES.filter((type) => topicOf(type) === TOPICS.account);

describe('event payload schemas', () => {
  test('when every payload schema off the contact topic is walked, then no key names contact details or credentials', () => {
    const offending = EVENT_TYPES.filter((type) => !onContactTopic.includes(type)).flatMap((type) =>
      keyPaths(EVENT_PAYLOADS[type])
        .filter((path) => CONTACT_OR_SECRET.test(path))
        .map((path) => `${type}: ${path}`),
    );

    expect(offending).toEqual([]);
  });

  test('when an event is on the contact topic, then it carries an email address and nothing secret', () => {
    expect(onContactTopic).toEqual(['account.contact-changed']);
    expect(keyPaths(EVENT_PAYLOADS['account.contact-changed'])).toEqual([
      'accountId',
      'role',
      'email',
      'locale',
    ]);
  });

  test('when the walker runs, then it reaches nested keys (so the check above is not vacuous)', () => {
    expect(keyPaths(EVENT_PAYLOADS['startup.upserted'])).toEqual(
      expect.arrayContaining(['name.latin', 'languages[].proficiency', 'needs[].amountUsd']),
    );
    expect(keyPaths(EVENT_PAYLOADS['advisor.upserted'])).toContain('ticket.maxUsd');
    expect(keyPaths(EVENT_PAYLOADS['introduction.requested'])).toContain('explanation[].text.ar');
  });

  test('when a schema is given a contact field, then the walker flags it', () => {
    const paths = keyPaths(
      EVENT_PAYLOADS['startup.verified'].extend({
        founderEmail: EVENT_PAYLOADS['startup.verified'].shape.startupId,
      }),
    );

    expect(paths.filter((path) => CONTACT_OR_SECRET.test(path))).toEqual(['founderEmail']);
  });
});
