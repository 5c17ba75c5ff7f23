import { SHOWCASE_COUNT } from './demo-data';
import type { DemoData } from './demo-types';

/** The logins a newcomer needs, printed by `npm start` and `jisr seed`. */
export function demoLogins(data: DemoData): string {
  const startups = data.startups.slice(0, SHOWCASE_COUNT);
  const advisors = data.advisors.slice(0, SHOWCASE_COUNT);
  const width = Math.max(
    ...[data.council.email, ...startups.map((s) => s.email), ...advisors.map((a) => a.email)].map(
      (e) => e.length,
    ),
  );
  const line = (email: string, who: string): string => `  ${email.padEnd(width)}  ${who}`;
  return [
    `Demo logins (password for every demo account: ${data.password}):`,
    line(data.council.email, 'council (programme staff)'),
    ...startups.map((s) => line(s.email, `startup — ${s.profile.name.latin} / ${s.profile.name.ar}`)),
    ...advisors.map((a) => line(a.email, `advisor — ${a.profile.displayName}, ${a.profile.organisation}`)),
    `  every startup: <slug>@startups.jisr.example, every advisor: <first-last>@advisors.jisr.example`,
    `Try: npx jisr login --email ${startups[0]?.email ?? data.council.email} --password ${data.password} && npx jisr matches`,
  ].join('\n');
}
