import { type Storage, type Tx, assertTx } from '../../src';

/** Writers that must commit with state take a `Tx`; these pin that only `transaction(work)` makes one. */
export const txHandleContract = (storage: () => Storage): void => {
  describe('the Tx handed to work', () => {
    test('when the tx of a transaction (or of a nested one) is checked, then it passes as a Tx', async () => {
      const checked = await storage().transaction(async (tx) => {
        assertTx(tx);
        return tx.transaction(async (inner) => {
          assertTx(inner);
          return inner === tx;
        });
      });

      expect(checked).toBe(true);
    });

    test('when the outer storage is passed where a Tx belongs, then the compiler and the run-time check refuse it', () => {
      const outer = storage();

      // @ts-expect-error a Storage is not a Tx: only transaction(work) hands one out
      const notATx: Tx = outer;

      expect(() => assertTx(notATx)).toThrow(expect.objectContaining({ code: 'STORAGE.TX_REQUIRED' }));
      expect(() => assertTx({ ...outer })).toThrow(expect.objectContaining({ code: 'STORAGE.TX_REQUIRED' }));
    });
  });
};
