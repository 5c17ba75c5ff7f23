import { runCli } from '../../src/run-cli';

const helpFor = async (argv: readonly string[]) => {
  let stdout = '';
  const code = await runCli(
    argv,
    { stdout: (t) => void (stdout += t), stderr: () => undefined, readStdin: async () => '' },
    { JISR_HOME: '/nonexistent-jisr-home' },
  );
  return { code, stdout };
};

describe('jisr help pipeline', () => {
  test('when asked, then it lists the values every pipeline filter accepts', async () => {
    const { code, stdout } = await helpFor(['help', 'pipeline']);

    expect(code).toBe(0);
    expect(stdout).toContain('division code 01–99');
    expect(stdout).toMatch(/D {2}Electricity, gas, steam and air conditioning supply/);
    expect(stdout).toContain('tripoli   Tripoli / Trablus / طرابلس');
    expect(stdout).toContain('idea, prototype, early-revenue, growth, scale');
  });
});
