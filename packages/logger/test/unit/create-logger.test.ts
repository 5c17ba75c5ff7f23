import { Writable } from 'node:stream';
import { createLogger, silentLogger } from '@jisr/logger';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
};

describe('createLogger', () => {
  test('when a line is logged, then it is JSON with the service, a level label and an ISO time', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'profile', destination });

    logger.info({ startupId: 's-1' }, 'startup saved');

    expect(lines).toEqual([
      expect.objectContaining({ service: 'profile', level: 'info', msg: 'startup saved', startupId: 's-1' }),
    ]);
    expect(new Date(String(lines[0]?.time)).toISOString()).toBe(lines[0]?.time);
  });

  test('when a request with an authorization header is logged, then the header is redacted', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'matching', destination });

    logger.info(
      { req: { headers: { authorization: 'Bearer eyJ.secret', accept: 'application/json' } } },
      'request',
    );

    expect(lines[0]?.req).toEqual({ headers: { authorization: '[redacted]', accept: 'application/json' } });
  });

  test('when passwords and tokens appear in logged objects, then their values are redacted', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'profile', destination });

    logger.warn(
      {
        password: 'hunter2',
        body: { email: 'a@b.ly', password: 'hunter2', refreshToken: 'r-1' },
        grant: { tokens: { accessToken: 'a-1' } },
      },
      'login failed',
    );

    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('r-1');
    expect(text).not.toContain('a-1');
    expect(lines[0]).toMatchObject({
      password: '[redacted]',
      body: { email: 'a@b.ly', password: '[redacted]' },
    });
  });

  test('when the level is warn, then info lines are dropped', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'messaging', level: 'warn', destination });

    logger.info('not shown');
    logger.warn('shown');

    expect(lines.map((line) => line.msg)).toEqual(['shown']);
  });
});

describe('silentLogger', () => {
  test('when asked, then it is a logger that logs nothing', () => {
    const logger = silentLogger();

    expect(logger.isLevelEnabled('fatal')).toBe(false);
  });
});
