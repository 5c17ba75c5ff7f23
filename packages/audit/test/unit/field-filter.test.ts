import { canonicalJson, changedFields, REDACTED } from '../../src';

describe('changedFields', () => {
  test('when one field of an entity changes, then only that field is in before and after', () => {
    const before = {
      id: 's1',
      version: 3,
      name: 'Shams',
      verification: { status: 'pending' },
      updatedAt: 'a',
    };
    const after = { ...before, version: 4, verification: { status: 'verified' }, updatedAt: 'b' };
    expect(changedFields(before, after)).toEqual({
      before: { verification: { status: 'pending' } },
      after: { verification: { status: 'verified' } },
    });
  });

  test('when secrets, tokens, bodies or contact details change, then the record says so without their values', () => {
    const before = {
      passwordHash: 'scrypt$old',
      refreshToken: 'r1',
      email: 'a@x.example',
      keys: { privateKey: 'pem-1', kid: 'k1' },
      body: 'hello',
      note: 'call me',
    };
    const after = {
      passwordHash: 'scrypt$new',
      refreshToken: 'r2',
      email: 'b@x.example',
      keys: { privateKey: 'pem-2', kid: 'k2' },
      body: 'bye',
      note: 'later',
    };
    const changed = changedFields(before, after);
    expect(changed).toEqual({
      before: {
        body: REDACTED,
        email: REDACTED,
        keys: { kid: 'k1', privateKey: REDACTED },
        note: REDACTED,
        passwordHash: REDACTED,
        refreshToken: REDACTED,
      },
      after: {
        body: REDACTED,
        email: REDACTED,
        keys: { kid: 'k2', privateKey: REDACTED },
        note: REDACTED,
        passwordHash: REDACTED,
        refreshToken: REDACTED,
      },
    });
    for (const secret of ['scrypt$', 'r1', 'r2', 'x.example', 'pem-', 'hello', 'bye', 'call me', 'later']) {
      expect(JSON.stringify(changed)).not.toContain(secret);
    }
  });

  test('when a field only mentions a contact detail, then its value is kept', () => {
    expect(changedFields({ emailVerifiedAt: null }, { emailVerifiedAt: '2026-12-01T04:00:00Z' })).toEqual({
      before: { emailVerifiedAt: null },
      after: { emailVerifiedAt: '2026-12-01T04:00:00Z' },
    });
    expect(changedFields({ emailKey: 'a' }, { emailKey: 'b' }).after).toEqual({ emailKey: REDACTED });
  });

  test('when an entity is created or erased, then the missing side is empty and the other lists its fields', () => {
    expect(changedFields(null, { id: 'p1', name: 'Binaa' })).toEqual({
      before: {},
      after: { id: 'p1', name: 'Binaa' },
    });
    expect(changedFields({ id: 'p1', name: 'Binaa' }, null)).toEqual({
      before: { id: 'p1', name: 'Binaa' },
      after: {},
    });
  });
});

describe('canonicalJson', () => {
  test('when keys come in another order or hold undefined, then the text is the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      canonicalJson({ a: { d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
});
