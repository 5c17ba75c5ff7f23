import { type MailTexts, fillText, mailLanguageOf, mailTextProblems } from '../../src';

describe('mail texts', () => {
  test('when every language has every key with the same placeholders, then there are no problems', () => {
    const texts: MailTexts<'hello'> = {
      ar: { hello: 'مرحباً {name}' },
      tr: { hello: 'Merhaba {name}' },
      en: { hello: 'Hello {name}' },
    };

    expect(mailTextProblems(texts)).toEqual([]);
  });

  test('when a text is empty, lacks a placeholder or a key is extra, then each is reported', () => {
    const texts = {
      ar: { hello: '' },
      tr: { hello: 'Merhaba', bye: 'Hoşça kal' },
      en: { hello: 'Hello {name}' },
    } as unknown as MailTexts<'hello'>;

    expect(mailTextProblems(texts)).toEqual([
      'ar.hello is missing or empty',
      'tr.hello has placeholders {} unlike en',
      'tr.bye is not in en',
    ]);
  });

  test('when placeholders are filled, then known names are replaced and unknown ones stay visible', () => {
    expect(fillText('Hello {name}, by {deadline}', { name: 'Aisha' })).toBe('Hello Aisha, by {deadline}');
  });

  test('when a language is unknown, then mail falls back to English', () => {
    expect([mailLanguageOf('ar'), mailLanguageOf('fr'), mailLanguageOf(null)]).toEqual(['ar', 'en', 'en']);
  });
});
