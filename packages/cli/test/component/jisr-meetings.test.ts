import { aStartupProfile, json, signedUpWith, until, verify } from '../support/cli-people';
import { startCliWorld, type CliWorld } from '../support/cli-world';

let world: CliWorld;

const startupProfile = aStartupProfile(
  { latin: 'Tajoura Fish Cold Rooms', ar: 'غرف تبريد تاجوراء' },
  'Solar cold rooms for the fishing port of Tajoura.',
);
const advisorProfile = {
  displayName: 'Kerem Aydın',
  organisation: 'DEİK Türkiye–Libya İş Konseyi',
  roles: ['mentor'],
  sectors: ['10'],
  stages: ['prototype'],
  languages: [
    { code: 'tr', proficiency: 'native' },
    { code: 'ar', proficiency: 'conversational' },
  ],
  offers: ['mentoring'],
  capacity: 2,
  timeZone: 'Europe/Istanbul',
};
/** Every hour of every day, so the test finds slots whatever time it runs. */
const allDay = {
  timeZone: 'Europe/Istanbul',
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  overrides: [],
  meetingMinutes: 60,
  bufferMinutes: 0,
  minimumNoticeHours: 1,
  horizonDays: 7,
};

beforeAll(async () => {
  world = await startCliWorld();
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

describe('jisr availability, slots, book, meetings', () => {
  test('when an advisor sets office hours and the startup books a slot, then both see the meeting in both zones', async () => {
    const startup = await signedUpWith(world, 'startup', startupProfile);
    const advisor = await signedUpWith(world, 'advisor', advisorProfile);
    await verify(world, 'startups', startup.id);
    await verify(world, 'advisors', advisor.id);
    await until(async () => {
      const items = json<{ items: { advisorId: string }[] }>(
        await world.jisr(['matches', '--json'], { home: startup.home }),
      ).items;
      return items.some((item) => item.advisorId === advisor.id) || undefined;
    }, 'the advisor among the startup’s matches');
    const id = json<{ introductionId: string }>(
      await world.jisr(['request', advisor.id, '--note', 'Cold rooms for fishermen.', '--json'], {
        home: startup.home,
      }),
    ).introductionId;
    await until(
      async () => (await world.jisr(['accept', id], { home: advisor.home })).code === 0 || undefined,
      'the acceptance',
    );

    const saved = await world.jisr(['availability', '--file', '-'], {
      home: advisor.home,
      stdin: JSON.stringify(allDay),
    });
    const shown = await world.jisr(['availability', '--lang', 'tr'], { home: advisor.home });
    const slots = await world.jisr(['slots', id], { home: startup.home });
    const first = json<{ slots: { startsAt: string }[] }>(
      await world.jisr(['slots', id, '--json'], { home: startup.home }),
    ).slots[0];
    const noPlace = await world.jisr(['book', id, '--at', first?.startsAt ?? '', '--agenda', 'Pricing'], {
      home: startup.home,
    });
    const booked = await world.jisr(
      [
        'book',
        id,
        '--at',
        first?.startsAt ?? '',
        '--agenda',
        'Pricing the cold rooms',
        '--online',
        'https://meet.jisr.example/tajoura',
      ],
      { home: startup.home },
    );
    const again = await world.jisr(
      [
        'book',
        id,
        '--at',
        first?.startsAt ?? '',
        '--agenda',
        'Again',
        '--centre',
        'Tripoli business development centre',
      ],
      { home: startup.home },
    );
    const asAdvisor = await world.jisr(['meetings', '--lang', 'ar'], { home: advisor.home });
    const ofIntroduction = json<{ items: { startsAt: string; status: string }[] }>(
      await world.jisr(['meetings', id, '--json'], { home: startup.home }),
    );

    expect(saved).toMatchObject({ code: 0, stdout: 'Office hours saved.\n' });
    expect(shown.stdout).toContain('Europe/Istanbul saatiyle görüşme saatleri: 60 dakikalık toplantılar');
    expect(shown.stdout).toMatch(/Pzt\s+00:00–24:00/);
    // Tripoli is UTC+2 and Istanbul UTC+3: each slot shows both wall times side by side.
    expect(slots.stdout).toMatch(/Startup time\s+Advisor time/);
    expect(slots.stdout).toMatch(/\d\d:00 \(\+02:00\)\s+\d{4}-\d\d-\d\d \d\d:00 \(\+03:00\)/);
    expect(noPlace.code).toBe(2);
    expect(noPlace.stderr).toContain('Give exactly one of --online or --centre.');
    expect(booked.code).toBe(0);
    expect(booked.stdout).toMatch(/^Meeting \S+ booked for .+ \(\+02:00\) \/ .+ \(\+03:00\)\./);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/\[MEETING\.SLOT_(TAKEN|UNAVAILABLE)\]/);
    expect(asAdvisor.stdout).toContain('توقيت الشركة الناشئة');
    expect(asAdvisor.stdout).toContain('https://meet.jisr.example/tajoura');
    expect(ofIntroduction.items).toEqual([
      expect.objectContaining({ startsAt: first?.startsAt, status: 'scheduled' }),
    ]);
  }, 90_000);
});
