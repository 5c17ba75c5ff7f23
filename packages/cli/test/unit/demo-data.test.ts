import { sectionOf, type LanguageSkill } from '@jisr/contracts';
import { advisorProfileInputSchema } from '../../../../services/profile/src/domain/advisors/advisor-profile';
import { programmeInputSchema } from '../../../../services/profile/src/domain/programmes/programme';
import { startupProfileInputSchema } from '../../../../services/profile/src/domain/startups/startup-profile';
import { registerBodySchema } from '../../../../services/profile/src/domain/accounts/account';
import { demoData } from '../../src/seed/demo-data';
import { DEMO_SEED } from '../../src/seed/demo-logins';

const shares = (a: readonly LanguageSkill[], b: readonly LanguageSkill[]): boolean =>
  a.some((x) => b.some((y) => y.code === x.code));

describe('demoData', () => {
  test('when built twice with the same seed, then the data is identical; another seed differs', () => {
    expect(demoData(DEMO_SEED)).toEqual(demoData(DEMO_SEED));
    expect(demoData(7)).not.toEqual(demoData(DEMO_SEED));
  });

  test('when built, then it has at least 40 startups and 25 advisors with unique logins', () => {
    const data = demoData();
    expect(data.startups.length).toBeGreaterThanOrEqual(40);
    expect(data.advisors).toHaveLength(25);
    const emails = [...data.startups, ...data.advisors].map((person) => person.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails)
      expect(registerBodySchema.safeParse({ email, password: data.password, role: 'startup' }).success).toBe(
        true,
      );
  });

  test('when sent to the profile service, then every body passes its input schemas', () => {
    const data = demoData();
    for (const startup of data.startups)
      expect(startupProfileInputSchema.safeParse(startup.profile).error).toBeUndefined();
    for (const advisor of data.advisors)
      expect(advisorProfileInputSchema.safeParse(advisor.profile).error).toBeUndefined();
    expect(programmeInputSchema.safeParse(data.programme).error).toBeUndefined();
  });

  test('when looked at as a whole, then startups span many sectors, all stages and many cities', () => {
    const { startups } = demoData();
    expect(new Set(startups.map((s) => sectionOf(s.profile.sector))).size).toBeGreaterThanOrEqual(12);
    expect(new Set(startups.map((s) => s.profile.stage))).toEqual(
      new Set(['idea', 'prototype', 'early-revenue', 'growth', 'scale']),
    );
    expect(new Set(startups.map((s) => s.profile.city)).size).toBeGreaterThanOrEqual(15);
    for (const startup of startups) expect(startup.profile.name.ar).toMatch(/\p{Script=Arabic}/u);
  });

  test('when advisors are drawn, then there are mentors and investors and every investor has a ticket', () => {
    const { advisors } = demoData();
    const investors = advisors.filter((a) => a.profile.roles.includes('investor'));
    expect(investors.length).toBeGreaterThanOrEqual(5);
    expect(advisors.filter((a) => a.profile.roles.includes('mentor')).length).toBeGreaterThanOrEqual(15);
    for (const investor of investors) expect(investor.profile.ticket).toBeDefined();
    expect(advisors.filter((a) => a.profile.timeZone === 'Europe/Istanbul').length).toBeGreaterThanOrEqual(
      15,
    );
  });

  test('when a startup looks for advisors, then at least one speaks a language it speaks', () => {
    const { startups, advisors } = demoData();
    for (const startup of startups)
      expect(advisors.some((a) => shares(startup.profile.languages, a.profile.languages))).toBe(true);
  });

  test('when placed, then the showcase startups are verified and in the cohort, and a few wait for verification', () => {
    const { startups } = demoData();
    expect(startups.slice(0, 2).every((s) => s.verify && s.inCohort)).toBe(true);
    expect(startups.filter((s) => s.inCohort)).toHaveLength(20);
    expect(startups.filter((s) => !s.verify).length).toBeGreaterThan(0);
  });
});
