import { Writable } from 'node:stream';
import { type Logger, createLogger } from '@jisr/logger';

/** A real JSON logger whose lines the test can read. */
export const capturedLogger = (): { logger: Logger; lines: Record<string, unknown>[] } => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ service: 'outbox-test', level: 'warn', destination }), lines };
};
