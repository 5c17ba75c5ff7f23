/**
 * Demo accounts share one published password: they exist to be tried, on a machine of one's own.
 * `.example` is a reserved top-level domain (RFC 2606), so no mail can ever reach a real person.
 */
export const DEMO_PASSWORD = 'jisr-demo-2017';

export const DEMO_COUNCIL = { email: 'council@jisr.example', password: DEMO_PASSWORD } as const;

export const startupEmail = (slug: string): string => `${slug}@startups.jisr.example`;
export const advisorEmail = (slug: string): string => `${slug}@advisors.jisr.example`;

/** The fixed seed of the demo data set; `jisr seed --seed N` makes a different but equally valid one. */
export const DEMO_SEED = 2017;
