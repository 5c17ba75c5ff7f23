import { usageError } from '../cli-error';
import { stringOption, type CommandContext } from './command';

/** The n-th word after the command name, or a usage error naming it. */
export const positional = (ctx: CommandContext, index: number, name: string, usage: string): string => {
  const value = ctx.positionals[index];
  if (value === undefined || value.trim() === '') throw usageError(`Missing <${name}>. Usage: jisr ${usage}`);
  return value;
};

export const requiredOption = (ctx: CommandContext, name: string, usage: string): string => {
  const value = stringOption(ctx.options, name);
  if (value === undefined || value.trim() === '') throw usageError(`Missing --${name}. Usage: jisr ${usage}`);
  return value;
};

export const integerOption = (
  ctx: CommandContext,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number => {
  const raw = stringOption(ctx.options, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw usageError(`--${name} must be a whole number from ${min} to ${max}.`);
  return value;
};
