import { randomBytes, randomInt } from 'node:crypto';

const MAX_SEQUENCE = 0xfff;
let last = { ms: -1, sequence: 0 };

/**
 * A UUIDv7 (RFC 9562): 48 bits of milliseconds, a 12-bit sequence, then random bits. Ids made by
 * this process sort in creation order, even within one millisecond or with a clock that stands
 * still (tests), so listings can page on `_id` alone and come out oldest first.
 */
export function newId(now: Date): string {
  let ms = now.getTime();
  let sequence: number;
  if (ms > last.ms) {
    // Start low in the range, leaving room for the ids still to come in this millisecond.
    sequence = randomInt(0, MAX_SEQUENCE >> 1);
  } else {
    ms = last.ms;
    sequence = last.sequence + 1;
    if (sequence > MAX_SEQUENCE) {
      ms += 1;
      sequence = 0;
    }
  }
  last = { ms, sequence };
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
