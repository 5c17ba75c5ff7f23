import { z } from 'zod';

/**
 * An introduction's lifecycle, one name per state, as matching, messaging, the CLI and the events
 * say it. `requested` is the state until the advisor decides (messaging's inbox once said `pending`).
 */
export const INTRODUCTION_STATES = [
  'requested',
  'info-requested',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
  'completed',
] as const;
export type IntroductionState = (typeof INTRODUCTION_STATES)[number];
export const introductionStateSchema = z.enum(INTRODUCTION_STATES);

/** Awaiting the advisor's answer: in the inbox, counted against a startup's open-request limit. */
export const OPEN_INTRODUCTION_STATES = [
  'requested',
  'info-requested',
] as const satisfies readonly IntroductionState[];
export const isOpenIntroduction = (state: IntroductionState): boolean =>
  (OPEN_INTRODUCTION_STATES as readonly IntroductionState[]).includes(state);
