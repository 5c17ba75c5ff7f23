import { AUDIT_ACTIONS, LOCALES, auditActionName, auditActionSchema, isAuditAction } from '../../src';

const ARABIC_LETTER = /[\u0621-\u064a]/;

describe('the audit actions vocabulary', () => {
  test('when an action is listed, then its code is a valid audit action and it has a name in ar, tr and en', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(auditActionSchema.safeParse(action).success).toBe(true);
      for (const locale of LOCALES) expect(auditActionName(action, locale)?.trim()).toBeTruthy();
      expect(auditActionName(action, 'ar')).toMatch(ARABIC_LETTER);
    }
  });

  test('when two actions are named in one language, then their names differ', () => {
    for (const locale of LOCALES) {
      const names = AUDIT_ACTIONS.map((action) => auditActionName(action, locale));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  test('when a code is not in the vocabulary, then it has no name and is not taken for one', () => {
    expect(isAuditAction('startup.verification-approve')).toBe(true);
    expect(isAuditAction('startup.teleport')).toBe(false);
    expect(isAuditAction('toString')).toBe(false);
    expect(auditActionName('startup.teleport', 'tr')).toBeNull();
  });
});
