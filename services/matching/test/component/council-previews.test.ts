import { TOPICS } from '@jisr/contracts';
import { aProgramme, anEvent } from '@jisr/test-kit';
import { aWorld, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, until } from './scenario';

describe('council previews', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  describe('POST /v1/programmes/:programmeId/weights-preview', () => {
    const SECTOR_HEAVY = { sector: 0.6, stage: 0.05, language: 0.15, needs: 0.1, load: 0.1 };
    const STAGE_HEAVY = { sector: 0.05, stage: 0.6, language: 0.15, needs: 0.1, load: 0.1 };

    /** One startup in food manufacturing at early revenue; one advisor fits its sector, the other its stage. */
    const aProgrammeWithTwoAdvisors = async () => {
      const programme = aProgramme();
      await world.publish(
        TOPICS.programme,
        anEvent('programme.upserted', programme),
        anEvent(
          'programme.weights-changed',
          { programmeId: programme.programmeId, weights: SECTOR_HEAVY },
          { version: 2 },
        ),
      );
      const { startup } = await aStartupIn(world, matching, {
        programmeId: programme.programmeId,
        sector: '10',
        stage: 'early-revenue',
      });
      const sectorFit = await anAdvisorIn(world, matching, { sectors: ['10'], stages: ['scale'] });
      const stageFit = await anAdvisorIn(world, matching, {
        displayName: 'Kerem Aksoy',
        sectors: ['62'],
        stages: ['early-revenue'],
      });
      // Matching has the programme's weights once the sector fit ranks first for the startup.
      await until(
        () =>
          matching.call('POST', `/v1/programmes/${programme.programmeId}/weights-preview`, council(), {
            startupId: startup.startupId,
            weights: SECTOR_HEAVY,
          }),
        (reply) =>
          reply.body.items?.[0]?.current.rank === 1 &&
          reply.body.items[0].advisorId === sectorFit.advisor.advisorId,
        'the programme weights in matching',
      );
      return {
        programmeId: programme.programmeId,
        startupId: startup.startupId,
        sectorFit: sectorFit.advisor.advisorId,
        stageFit: stageFit.advisor.advisorId,
      };
    };

    test('when the council proposes stage-heavy weights, then the stage fit moves up and the sector fit down, and nothing is saved', async () => {
      const { programmeId, startupId, sectorFit, stageFit } = await aProgrammeWithTwoAdvisors();

      const preview = await matching.call(
        'POST',
        `/v1/programmes/${programmeId}/weights-preview`,
        council(),
        {
          startupId,
          weights: STAGE_HEAVY,
        },
      );
      const again = await matching.call('POST', `/v1/programmes/${programmeId}/weights-preview`, council(), {
        startupId,
        weights: SECTOR_HEAVY,
      });

      expect(preview.status).toBe(200);
      expect(preview.body.items).toEqual([
        {
          advisorId: stageFit,
          displayName: 'Kerem Aksoy',
          organisation: expect.any(String),
          current: { rank: 2, score: expect.any(Number) },
          proposed: { rank: 1, score: expect.any(Number) },
        },
        expect.objectContaining({
          advisorId: sectorFit,
          current: expect.objectContaining({ rank: 1 }),
          proposed: expect.objectContaining({ rank: 2 }),
        }),
      ]);
      expect(preview.body.items[0].proposed.score).toBeGreaterThan(preview.body.items[0].current.score);
      expect(again.body.items.map((item: { advisorId: string }) => item.advisorId)).toEqual([
        sectorFit,
        stageFit,
      ]);
      expect(world.published).toHaveLength(0);
    });

    test('when a startup or an advisor asks, or the weights are out of range, or the startup is unknown, then 403, 400 and 404', async () => {
      const { programmeId, startupId } = await aProgrammeWithTwoAdvisors();
      const path = `/v1/programmes/${programmeId}/weights-preview`;

      const asStartup = await matching.call('POST', path, tokenFor(startupId, 'startup'), {
        startupId,
        weights: STAGE_HEAVY,
      });
      const asAdvisor = await matching.call('POST', path, tokenFor('advisor-x', 'advisor'), {
        startupId,
        weights: STAGE_HEAVY,
      });
      const outOfRange = await matching.call('POST', path, council(), {
        startupId,
        weights: { ...STAGE_HEAVY, stage: 2 },
      });
      const unknown = await matching.call('POST', path, council(), {
        startupId: 'startup-nobody',
        weights: STAGE_HEAVY,
      });

      expect([asStartup.status, asAdvisor.status]).toEqual([403, 403]);
      expect(outOfRange.status).toBe(400);
      expect(outOfRange.body.errors).toEqual([expect.objectContaining({ path: 'body.weights.stage' })]);
      expect([unknown.status, unknown.body.code]).toEqual([404, 'MATCHING.STARTUP_NOT_MATCHABLE']);
    });
  });

  describe('GET /v1/cohort-rounds', () => {
    const aRound = (cohortId: string) => matching.call('POST', '/v1/cohort-rounds', council(), { cohortId });

    test("when the council lists a cohort's rounds, then it sees them newest first with their counts and status, and no other cohort's", async () => {
      await Promise.all(
        ['cohort-a', 'cohort-a', 'cohort-b'].map((cohortId) => aStartupIn(world, matching, { cohortId })),
      );
      await anAdvisorIn(world, matching, { capacity: 1 });
      const first = await aRound('cohort-a');
      world.clock.advance(60_000);
      const second = await aRound('cohort-a');
      await aRound('cohort-b');
      await matching.call('POST', `/v1/cohort-rounds/${first.body.roundId}/confirm`, council(), {});

      const listed = await matching.call('GET', '/v1/cohort-rounds?cohortId=cohort-a', council());

      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({
          roundId: second.body.roundId,
          status: 'preview',
          assigned: 1,
          unassigned: 1,
          requested: 0,
        }),
        expect.objectContaining({
          roundId: first.body.roundId,
          status: 'confirmed',
          assigned: 1,
          unassigned: 1,
          requested: 1,
        }),
      ]);
    });

    test('when a startup lists rounds, then 403', async () => {
      const listed = await matching.call('GET', '/v1/cohort-rounds', tokenFor('startup-1', 'startup'));

      expect(listed.status).toBe(403);
    });
  });
});
