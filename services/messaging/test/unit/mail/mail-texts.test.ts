import { mailTextProblems } from '@jisr/mail';
import { MAIL_TEXTS } from '../../../src/domain/mail/mail-content';
import { signUnsubscribe, verifyUnsubscribe } from '../../../src/domain/mail/unsubscribe-token';

describe('notification mail texts', () => {
  test('when the catalogue is checked, then every key has an Arabic, Turkish and English text with the same placeholders', () => {
    expect(mailTextProblems(MAIL_TEXTS)).toEqual([]);
  });

  test('when a Turkish text loses a placeholder, then the check names it', () => {
    const broken = { ...MAIL_TEXTS, tr: { ...MAIL_TEXTS.tr, requestDeadline: 'Lütfen yakında yanıtlayın.' } };

    expect(mailTextProblems(broken)).toEqual(['tr.requestDeadline has placeholders {} unlike en']);
  });
});

describe('unsubscribe tokens', () => {
  test('when a token is signed for several kinds, then it verifies to exactly those kinds and that account', () => {
    const token = signUnsubscribe('key-1', { accountId: 'acc:with:colons', kinds: ['decision', 'meeting'] });

    expect(verifyUnsubscribe('key-1', token)).toEqual({
      accountId: 'acc:with:colons',
      kinds: ['decision', 'meeting'],
    });
    expect(verifyUnsubscribe('key-2', token)).toBeNull();
    expect(verifyUnsubscribe('key-1', `${token}.extra`)).toBeNull();
  });
});
