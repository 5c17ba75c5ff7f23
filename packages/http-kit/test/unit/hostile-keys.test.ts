import { isAppError } from '@jisr/errors';
import { rejectHostileKeys } from '../../src/hostile-keys';

const refusal = (body: unknown) => {
  try {
    rejectHostileKeys(body);
    return null;
  } catch (error) {
    return isAppError(error)
      ? { status: error.status, paths: error.errors.map((issue) => issue.path) }
      : error;
  }
};

describe('rejectHostileKeys', () => {
  test('when a body has __proto__ (as JSON.parse makes it), then it is refused with 400 naming the path', () => {
    expect(refusal(JSON.parse('{"name":{"__proto__":{"admin":true}}}'))).toEqual({
      status: 400,
      paths: ['body.name.__proto__'],
    });
  });

  test('when a $-operator hides inside an array, then it is refused', () => {
    expect(refusal({ languages: [{ code: 'ar', $where: 'sleep(1000)' }] })).toEqual({
      status: 400,
      paths: ['body.languages.0.$where'],
    });
  });

  test('when constructor or prototype appear as keys, then both are named', () => {
    expect(refusal({ constructor: 1, nested: { prototype: 2 } })).toEqual({
      status: 400,
      paths: ['body.constructor', 'body.nested.prototype'],
    });
  });

  test('when a body is ordinary, then it passes', () => {
    expect(refusal({ name: { latin: 'Sahara', ar: 'صحراء' }, tags: ['$not-a-key-just-a-value'] })).toBeNull();
  });
});
