import { join } from 'node:path';
import { PLATFORM_ERRORS } from '@jisr/http-kit';
import { codesWithoutAllTexts, errorCodesIn } from '@jisr/test-kit';
import { MATCHING_ERRORS } from '../../../src/entry-points/api/error-catalogue';

const packages = join(__dirname, '../../../../../packages');

describe('the matching error catalogue', () => {
  test('when a code is raised in matching or the platform it uses, then it has an Arabic, Turkish and English text', () => {
    const codes = errorCodesIn(
      join(__dirname, '../../../src'),
      ...['auth', 'storage', 'http-kit', 'approvals'].map((name) => join(packages, name, 'src')),
    );

    expect(codes.length).toBeGreaterThan(15);
    expect(codesWithoutAllTexts(codes, MATCHING_ERRORS, PLATFORM_ERRORS)).toEqual([]);
  });

  test('when a code lacks one language, then the check names it', () => {
    const partial = { 'DEMO.HALF': { ar: 'نص', tr: '', en: 'Text' } };

    expect(codesWithoutAllTexts(['DEMO.HALF', 'DEMO.NONE'], partial, PLATFORM_ERRORS)).toEqual([
      'DEMO.HALF',
      'DEMO.NONE',
    ]);
  });
});
