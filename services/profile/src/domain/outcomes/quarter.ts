import type { Quarter } from '@jisr/contracts';

export { quarterSchema, type Quarter } from '@jisr/contracts';

// Quarters follow the UTC calendar: Libya (UTC+2) and Türkiye (UTC+3) differ from it by hours at a
// quarter's edge, which no quarterly report is sensitive to.
export const quarterOf = (at: Date): Quarter =>
  `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;

const parts = (quarter: Quarter): { year: number; index: number } => ({
  year: Number(quarter.slice(0, 4)),
  index: Number(quarter.slice(6)) - 1,
});

/** The first instant of the quarter. */
export const quarterStart = (quarter: Quarter): Date => {
  const { year, index } = parts(quarter);
  return new Date(Date.UTC(year, index * 3, 1));
};

export const previousQuarter = (quarter: Quarter): Quarter => {
  const { year, index } = parts(quarter);
  return index === 0 ? `${year - 1}-Q4` : `${year}-Q${index}`;
};

/** Quarters sort as strings; this says it where it matters. */
export const isAfter = (a: Quarter, b: Quarter): boolean => a > b;
