import { z } from 'zod';

/** What an advisor can give. */
export const OFFERS = ['mentoring', 'investment', 'market-access', 'partnership'] as const;
export type Offer = (typeof OFFERS)[number];
export const offerSchema = z.enum(OFFERS);

/** What a startup can ask for; training has no advisor offer, the programme provides it. */
export const NEEDS = ['mentoring', 'investment', 'market-access', 'partnership', 'training'] as const;
export type Need = (typeof NEEDS)[number];
export const needSchema = z.enum(NEEDS);

const usdAmount = z.number().int().nonnegative().max(1_000_000_000);

/** An investor's ticket size in whole US dollars. */
export const ticketRangeSchema = z
  .object({ minUsd: usdAmount, maxUsd: usdAmount })
  .strict()
  .refine((ticket) => ticket.minUsd <= ticket.maxUsd, {
    message: 'minUsd must not exceed maxUsd',
    path: ['maxUsd'],
  });
export type TicketRange = z.infer<typeof ticketRangeSchema>;
