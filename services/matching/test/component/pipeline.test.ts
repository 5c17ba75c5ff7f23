import { TOPICS } from '@jisr/contracts';
import { anEvent } from '@jisr/test-kit';
import { aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, requestIntroduction, until } from './scenario';

describe('pipeline and research views (council)', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  test('when a startup registers after the funnel was read, then the cached funnel is replaced at once', async () => {
    await aStartupIn(world, matching);
    const first = await matching.call('GET', '/v1/pipeline/funnel', council());

    await aStartupIn(world, matching, { city: 'misrata' });
    const second = await matching.call('GET', '/v1/pipeline/funnel', council());
    const filtered = await matching.call('GET', '/v1/pipeline/funnel?city=misrata', council());

    expect(first.body.startups.registered).toBe(1);
    expect(second.body.startups.registered).toBe(2);
    expect(filtered.body.startups.registered).toBe(1);
  });

  test('when broken down by city, then each row is labelled in the reader’s language', async () => {
    await aStartupIn(world, matching, { city: 'benghazi' });
    await aStartupIn(world, matching, { city: 'tripoli', stage: 'growth' });

    const reply = await matching.call('GET', '/v1/pipeline/breakdown?by=city', council(), undefined, {
      'accept-language': 'ar',
    });

    expect(reply.body.items.map((row: { key: string; name: string }) => [row.key, row.name])).toEqual([
      ['benghazi', 'بنغازي'],
      ['tripoli', 'طرابلس'],
    ]);
  });

  test('when the introductions are exported, then the CSV is escaped and safe to open in a spreadsheet', async () => {
    const seeded = await aStartupIn(world, matching, {
      name: { latin: '=HYPERLINK("http://evil.example","Sahel, Foods")' },
    });
    const { advisor } = await anAdvisorIn(world, matching, { displayName: 'Mehmet "Memo" Yılmaz' });
    await requestIntroduction(matching, seeded, advisor.advisorId);

    const csv = await until(
      () => matching.call('GET', '/v1/pipeline/export.csv?view=introductions', council()),
      (r) => r.text.split('\r\n').length > 2,
      'export with the request',
    );

    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('jisr-introductions.csv');
    const [header, row] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'introduction_id,startup_id,startup,advisor_id,advisor,state,score,requested_at,accepted_at,closed_at,rating,meetings,first_meeting_at',
    );
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.example"",""Sahel, Foods"")",`);
    expect(row).toContain(',"Mehmet ""Memo"" Yılmaz",requested,');
  });

  test('when other views are exported or asked, then each answers in its format and bad views are refused', async () => {
    await aStartupIn(world, matching, { sector: '62' });
    await anAdvisorIn(world, matching, { sectors: ['62'] });

    const funnel = await matching.call('GET', '/v1/pipeline/export.csv?view=funnel', council());
    const sectors = await matching.call('GET', '/v1/research/sectors', council());
    const breakdownWithoutBy = await matching.call(
      'GET',
      '/v1/pipeline/export.csv?view=breakdown',
      council(),
    );

    expect(funnel.text.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(/^1,1,0,0,0,0,0,0,/);
    expect(sectors.body.items).toEqual([
      expect.objectContaining({ section: 'J', startups: 1, advisors: 1, requests: 0, acceptanceRate: null }),
    ]);
    expect([breakdownWithoutBy.status, breakdownWithoutBy.body.errors[0].path]).toEqual([400, 'query.by']);
  });

  test('when a startup is erased, then it leaves the pipeline and the notes it wrote are forgotten', async () => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const { body } = await requestIntroduction(matching, seeded, advisor.advisorId);

    await world.publish(
      TOPICS.startup,
      anEvent('startup.erased', { startupId: seeded.startup.startupId }, { version: 2 }),
    );
    const intro = await until(
      () => matching.call('GET', `/v1/introductions/${body.introductionId}`, council()),
      (r) => r.body.note === '',
      'note forgotten',
    );
    const funnel = await matching.call('GET', '/v1/pipeline/funnel', council());
    const recommendations = await matching.call(
      'GET',
      `/v1/startups/${seeded.startup.startupId}/recommendations`,
      seeded.startupToken,
    );

    expect(intro.body).toMatchObject({ startupId: seeded.startup.startupId, state: 'withdrawn', note: '' });
    expect(funnel.body.startups).toMatchObject({ registered: 0, requested: 0 });
    expect(recommendations.status).toBe(404);
  });
});
