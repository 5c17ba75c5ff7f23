import { acceptsGzip } from '../../src/routes/accepts-gzip';

describe('Accept-Encoding and gzip', () => {
  test.each([
    'gzip',
    'gzip, deflate, br',
    'br;q=1.0, GZIP;q=0.5',
    'deflate, *',
    '*;q=0.1',
    'identity, gzip ; q=1',
  ])('when a client sends "%s", then gzip is taken', (header) => {
    expect(acceptsGzip(header)).toBe(true);
  });

  test.each([
    undefined,
    '',
    'identity',
    'br, deflate',
    'gzip;q=0',
    'gzip;q=0.0, identity',
    '*;q=0',
    'gzip;q=0, *',
    'xgzip',
  ])('when a client sends "%s", then gzip is not taken', (header) => {
    expect(acceptsGzip(header)).toBe(false);
  });
});
