import { waitFor } from '../../src/wait-for';

describe('waitFor', () => {
  test('when the probe turns truthy after a few polls, then it resolves with that value', async () => {
    let polls = 0;

    const value = await waitFor(() => (++polls >= 3 ? `ready after ${polls}` : undefined), { intervalMs: 1 });

    expect(value).toBe('ready after 3');
  });

  test('when the probe keeps returning false, then it rejects naming what it waited for', async () => {
    const waiting = waitFor(() => false, { timeoutMs: 30, intervalMs: 5, what: 'the consumer' });

    await expect(waiting).rejects.toThrow('waitFor timed out after 30 ms waiting for the consumer');
  });

  test('when the probe keeps throwing, then the timeout error carries the last error', async () => {
    const waiting = waitFor(
      () => {
        throw new Error('not yet');
      },
      { timeoutMs: 30, intervalMs: 5 },
    );

    await expect(waiting).rejects.toThrow('last error not yet');
  });

  test('when the probe returns 0 or an empty string, then those count as values', async () => {
    await expect(waitFor(() => 0)).resolves.toBe(0);
    await expect(waitFor(() => '')).resolves.toBe('');
  });
});
