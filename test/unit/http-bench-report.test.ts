import { httpReport, type Measured, type Round } from '../../bench/http-report';

const setting = { connections: 32, seconds_each: 5, cores: 2, load_before: 1.5, load_after: 2 };
const at = (rps: number, p50: number, p99: number): Measured => ({ rps, p50_ms: p50, p99_ms: p99 });
const round = (bare: Measured, recommendations: Measured): Round => ({
  bare,
  healthz: at(bare.rps * 0.9, 5, 20),
  recommendations,
  inbox: at(800, 30, 90),
  thread: at(700, 35, 100),
});

const routeShape = {
  rps: expect.any(Number),
  p50_ms: expect.any(Number),
  p99_ms: expect.any(Number),
  ratio: expect.any(Number),
  p99_ratio: expect.any(Number),
};

describe('bench:http report', () => {
  test('when rounds are measured, then the line has bare and every route with req/s, p50, p99 and ratios', () => {
    const report = httpReport([round(at(2000, 10, 40), at(800, 30, 100))], setting);

    expect(report).toEqual({
      bare: { rps: 2000, p50_ms: 10, p99_ms: 40 },
      healthz: routeShape,
      recommendations: { rps: 800, p50_ms: 30, p99_ms: 100, ratio: 0.4, p99_ratio: 2.5 },
      inbox: routeShape,
      thread: routeShape,
      targets_met: true,
      rounds: 1,
      ...setting,
    });
    expect(Object.keys(report).slice(0, 5)).toEqual([
      'bare',
      'healthz',
      'recommendations',
      'inbox',
      'thread',
    ]);
  });

  test('when several rounds are measured, then req/s is their mean and latencies the median round', () => {
    const report = httpReport(
      [
        round(at(1000, 10, 40), at(300, 30, 100)),
        round(at(3000, 12, 50), at(900, 20, 90)),
        round(at(2000, 11, 60), at(600, 25, 500)),
      ],
      setting,
    );

    expect(report.bare).toEqual({ rps: 2000, p50_ms: 11, p99_ms: 50 });
    expect(report.recommendations).toEqual({ rps: 600, p50_ms: 25, p99_ms: 100, ratio: 0.3, p99_ratio: 2 });
    expect(report.rounds).toBe(3);
  });

  test('when recommendations fall below 0.30x bare req/s, then the targets are not met', () => {
    expect(httpReport([round(at(2000, 10, 40), at(500, 30, 100))], setting).targets_met).toBe(false);
  });

  test('when recommendations p99 exceeds 3x bare p99, then the targets are not met', () => {
    expect(httpReport([round(at(2000, 10, 40), at(800, 30, 121))], setting).targets_met).toBe(false);
  });

  test('when /healthz falls below 0.8x bare req/s, then the targets are not met', () => {
    const slowProbe = { ...round(at(2000, 10, 40), at(800, 30, 100)), healthz: at(1500, 8, 30) };

    expect(httpReport([slowProbe], setting).targets_met).toBe(false);
  });

  test('when no round was measured, then the report refuses to make up numbers', () => {
    expect(() => httpReport([], setting)).toThrow('no round');
  });
});
