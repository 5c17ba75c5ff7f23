import { aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, council } from './scenario';

describe('pipeline filters as people type them (council)', () => {
  let world: World;
  let matching: Instance;

  beforeAll(async () => {
    world = await aWorld();
    matching = await world.start();
    await aStartupIn(world, matching, { city: 'tripoli', sector: '35' });
    await aStartupIn(world, matching, { city: 'tripoli', sector: '10' });
    await aStartupIn(world, matching, { city: 'zawiya', sector: '36' });
  });
  afterAll(() => world.close());

  const registered = async (query: string) => {
    const reply = await matching.call('GET', `/v1/pipeline/funnel?${query}`, council());
    expect(reply.status).toBe(200);
    return reply.body.startups.registered as number;
  };

  test('when the sector is an ISIC division code or a section letter in either case, then the funnel is filtered on it', async () => {
    expect(await registered('sector=35')).toBe(1);
    expect(await registered('sector=D')).toBe(1);
    expect(await registered('sector=c')).toBe(1);
    expect(await registered('sector=E')).toBe(1);
    expect(await registered('division=10')).toBe(1);
  });

  test('when the city is written in any case or in Arabic script, then it is found', async () => {
    expect(await registered('city=Tripoli')).toBe(2);
    expect(await registered('city=TRABLUS')).toBe(2);
    expect(await registered(`city=${encodeURIComponent('طرابلس')}`)).toBe(2);
    expect(await registered(`city=${encodeURIComponent('الزاوية')}`)).toBe(1);
    expect(await registered('city=zawiya&sector=36')).toBe(1);
  });

  test('when a filter value is unknown, then the 400 says which values are accepted', async () => {
    const sector = await matching.call('GET', '/v1/pipeline/funnel?sector=energy', council());
    const city = await matching.call('GET', '/v1/pipeline/breakdown?by=city&city=Istanbul', council());

    expect([sector.status, sector.body.errors[0].path]).toEqual([400, 'query.sector']);
    expect(sector.body.errors[0].message).toContain('division code');
    expect([city.status, city.body.errors[0].path]).toEqual([400, 'query.city']);
    expect(city.body.errors[0].message).toContain('طرابلس');
  });
});
