import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pdfLines } from '../test/support/pdf-text';
import { appText } from './app-texts';
import { signInAsCouncil } from './console-programmes';
import { storySystem } from './story-system';

const system = storySystem();

// Arabic-Indic digits (the Arabic page's numbers) read as western ones.
const western = (text: string): string => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
const figure = (lines: readonly string[], label: string): number | null => {
  const line = lines.map(western).find((l) => l.startsWith(`${label} `));
  return line === undefined ? null : Number(line.slice(label.length).replace(/[^\d]/g, ''));
};

test('when the council downloads a cohort report as PDF in Arabic and English, then both read back with the report’s numbers and Arabic in logical order', async () => {
  const { webUrl } = system.jisr();
  const context = await system.browser().newContext();
  const page = await context.newPage();
  await signInAsCouncil(webUrl, page);
  const programmes = (await (await context.request.get(`${webUrl}/api/profile/v1/programmes`)).json()) as {
    items: { cohorts: { cohortId: string }[] }[];
  };
  const cohortId = programmes.items.flatMap((p) => p.cohorts)[0]!.cohortId;
  const report = (await (
    await context.request.get(`${webUrl}/api/matching/v1/reports/cohort/${cohortId}`)
  ).json()) as {
    startups: number;
    introductions: { requested: number };
    attendance: { attendances: number };
  };

  const read = async (lang: 'ar' | 'en') => {
    const pdf = await context.request.get(`${webUrl}/api/reports/cohort/${cohortId}.pdf?lang=${lang}`);
    assert.equal(pdf.status(), 200, await pdf.text());
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    return (await pdfLines(await pdf.body())).flat();
  };
  const [arabic, english] = [await read('ar'), await read('en')];

  const label = (lang: 'ar' | 'en', key: string) => appText(lang, `impact-reports:${key}`);
  for (const [lang, lines] of [
    ['en', english],
    ['ar', arabic],
  ] as const) {
    assert.equal(
      figure(lines, label(lang, 'figures.startups')),
      report.startups,
      `${lang}: ${lines.join(' | ')}`,
    );
    assert.equal(
      figure(lines, label(lang, 'figures.introductions')),
      report.introductions.requested,
      `${lang}: ${lines.join(' | ')}`,
    );
    assert.equal(
      figure(lines, label(lang, 'figures.attendances')),
      report.attendance.attendances,
      `${lang}: ${lines.join(' | ')}`,
    );
  }
  assert.ok(arabic.includes(label('ar', 'figures.title')), arabic.join(' | '));
  await context.close();
});
