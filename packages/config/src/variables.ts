import { z } from 'zod';

// Each helper reads a raw string and states its rule in words that finish "PROFILE_PORT …".

const PORT_MESSAGE = 'must be a port number (0-65535)';
const port = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, { error: PORT_MESSAGE })
  .transform(Number)
  .refine((value) => value <= 65535, { error: PORT_MESSAGE });

/** A TCP port; 0 asks the OS for a free one (tests). */
export const portVar = (fallback?: number) => (fallback === undefined ? port : port.default(fallback));

const url = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value), { error: 'must be a URL (e.g. redis://localhost:6379)' });

/** An absolute URL of any scheme (`http:`, `redis:`, `mongodb:` ...). */
export const urlVar = (fallback?: string) => (fallback === undefined ? url : url.default(fallback));

const list = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
  .refine((items) => items.length > 0, { error: 'must be a comma-separated list' });

/** A comma-separated list, e.g. `KAFKA_BROKERS=host1:9092,host2:9092`; blanks are dropped. */
export const listVar = (fallback?: readonly string[]) =>
  fallback === undefined ? list : list.default([...fallback]);

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];
const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => TRUE_WORDS.includes(value) || FALSE_WORDS.includes(value), {
    error: 'must be true or false',
  })
  .transform((value) => TRUE_WORDS.includes(value));

/** A flag: true/false, 1/0, yes/no, on/off (any case). */
export const boolVar = (fallback: boolean) => bool.default(fallback);
