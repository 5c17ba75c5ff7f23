import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

// Steps of the council's programme and round pages, for any story that needs them (console.e2e.ts too).

/** The texts these steps look for, in the reader's language. */
export interface ConsoleWords {
  readonly programmes: string;
  readonly programme: RegExp;
  readonly endsOn: (phase: string) => RegExp;
  readonly save: string;
  readonly saved: string;
  readonly rounds: string;
  readonly cohort: string;
  readonly cohortOption: RegExp;
  readonly run: string;
  readonly assignment: string;
  readonly startup: string;
  readonly advisor: string;
  readonly pin: string;
  readonly ban: string;
  readonly pinned: string;
  readonly confirm: RegExp;
  readonly confirmed: RegExp;
  readonly earlierRounds: string;
  readonly confirmedStatus: string;
}

export const ENGLISH: ConsoleWords = {
  programmes: 'Programmes',
  programme: /^Binaa SME Incubation Programme 2025/,
  endsOn: (phase) => new RegExp(`^${phase} ends on`),
  save: 'Save the programme',
  saved: 'The programme is saved.',
  rounds: 'Cohort rounds',
  cohort: 'Cohort',
  cohortOption: /^Autumn 2025 cohort/,
  run: 'Run the preview',
  assignment: 'Assignment',
  startup: 'Startup',
  advisor: 'Mentor or investor',
  pin: 'Pin this pair',
  ban: 'Ban this pair',
  pinned: 'Pinned',
  confirm: /^Confirm: send/,
  confirmed: /^Confirmed:/,
  earlierRounds: 'Earlier rounds',
  confirmedStatus: 'Confirmed',
};

export const ARABIC: ConsoleWords = {
  programmes: 'البرامج',
  programme: /^برنامج بناء لاحتضان المشروعات الصغيرة والمتوسطة 2025/,
  endsOn: (phase) => new RegExp(`^تنتهي ${phase} في`),
  save: 'حفظ البرنامج',
  saved: 'تم حفظ البرنامج.',
  rounds: 'جولات الدفعات',
  cohort: 'الدفعة',
  cohortOption: /^Autumn 2025 cohort/,
  run: 'تشغيل المعاينة',
  assignment: 'التوزيع',
  startup: 'الشركة الناشئة',
  advisor: 'المرشد أو المستثمر',
  pin: 'تثبيت هذا الزوج',
  ban: 'حظر هذا الزوج',
  pinned: 'مثبّت',
  confirm: /^تأكيد:/,
  confirmed: /^تم التأكيد:/,
  earlierRounds: 'الجولات السابقة',
  confirmedStatus: 'مؤكَّدة',
};

export async function signInAsCouncil(
  webUrl: string,
  page: Page,
  labels = { email: 'Email', password: 'Password', submit: 'Sign in' },
): Promise<void> {
  await page.goto(`${webUrl}/sign-in`);
  await page.getByLabel(labels.email).fill('council@jisr.example');
  await page.getByLabel(labels.password).fill('jisr-demo-2017');
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Opens the demo programme from the console's programme list. */
export async function openDemoProgramme(webUrl: string, page: Page, words: ConsoleWords): Promise<void> {
  await page.goto(`${webUrl}/console/programmes`);
  await page.getByRole('link', { name: words.programme }).click();
  await page.getByRole('heading', { name: words.programme, level: 2 }).waitFor();
}

/** Moves one phase's end date, saves, and checks the saved programme has it after a reload. */
export async function editPhaseEndDate(
  page: Page,
  words: ConsoleWords,
  phase: string,
  endsOn: string,
): Promise<void> {
  const field = page.getByLabel(words.endsOn(phase));
  await field.fill(endsOn);
  await page.getByRole('button', { name: words.save }).click();
  await page.getByRole('status').filter({ hasText: words.saved }).waitFor();
  await page.reload();
  assert.equal(await page.getByLabel(words.endsOn(phase)).inputValue(), endsOn);
}

const choose = async (page: Page, label: string, option: string | RegExp): Promise<void> => {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
};

/** The preview's pairs as [startup, advisor] names, in table order. */
export async function previewPairs(page: Page, words: ConsoleWords): Promise<[string, string][]> {
  const rows = page.getByRole('region', { name: words.assignment }).locator('tbody tr');
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.childNodes[0]?.textContent ?? ''),
    ),
  );
  return cells.map(([startup = '', advisor = '']) => [startup, advisor]);
}

/**
 * The council runs the demo cohort's round: a first preview, then pins its first pair and bans its
 * second, runs again and checks both rules held. Returns the pinned and banned pairs.
 */
export async function runRoundWithPinAndBan(webUrl: string, page: Page, words: ConsoleWords) {
  await page.goto(`${webUrl}/console/rounds`);
  await choose(page, words.cohort, words.cohortOption);
  await page.getByRole('button', { name: words.run }).click();
  await page.getByRole('region', { name: words.assignment }).waitFor();
  const [pinned, banned] = await previewPairs(page, words);
  assert.ok(pinned !== undefined && banned !== undefined, 'the first preview assigns at least two startups');
  for (const [pair, action] of [
    [pinned, words.pin],
    [banned, words.ban],
  ] as const) {
    await choose(page, words.startup, pair[0]);
    await choose(page, words.advisor, pair[1]);
    await page.getByRole('button', { name: action }).click();
  }
  await page.getByRole('button', { name: words.run }).click();
  // The new round replaces the first on screen once computed; only it has a pinned pair.
  const assignment = page.getByRole('region', { name: words.assignment });
  await assignment
    .locator('tbody tr')
    .filter({ hasText: pinned[0] })
    .filter({ hasText: words.pinned })
    .waitFor();
  const pairs = await previewPairs(page, words);
  assert.ok(
    pairs.some(([s, a]) => s === pinned[0] && a === pinned[1]),
    'the pinned pair is kept',
  );
  assert.ok(!pairs.some(([s, a]) => s === banned[0] && a === banned[1]), 'the banned pair is not made');
  return { pinned, banned };
}

/** Confirms the round on screen and finds it confirmed among the earlier rounds. */
export async function confirmRound(page: Page, words: ConsoleWords): Promise<void> {
  await page.getByRole('button', { name: words.confirm }).click();
  await page.getByText(words.confirmed).waitFor();
  const history = page.getByRole('table', { name: words.earlierRounds });
  await history.getByRole('cell', { name: words.confirmedStatus, exact: true }).first().waitFor();
}

/** Scrolls the assignment just below the header, for its screenshot. */
export async function showAssignment(page: Page, words: ConsoleWords): Promise<void> {
  const assignment = page.getByRole('region', { name: words.assignment });
  // The app's header is fixed (60 px): the assignment's title goes just below it.
  await assignment.evaluate((region) =>
    window.scrollTo(0, region.getBoundingClientRect().top + window.scrollY - 70),
  );
}
