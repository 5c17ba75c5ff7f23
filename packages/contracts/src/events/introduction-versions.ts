/**
 * Two services publish on one `introduction.v1` key: matching (`requested`, `withdrawn`) and
 * messaging (every answer). Each owns one lane of the version sequence — matching the odd numbers,
 * messaging the even — and takes the next number of its lane after the highest it has seen. A
 * withdrawal racing a decision therefore can never reuse a version, and each side's own events stay
 * in order. `requested` is 1, matching's first.
 */
export const INTRODUCTION_VERSION_LANES = { matching: 1, messaging: 0 } as const;
export type IntroductionProducer = keyof typeof INTRODUCTION_VERSION_LANES;

/** The next version `producer` may publish on an introduction whose highest seen version is `lastSeen`. */
export const nextIntroductionVersion = (lastSeen: number, producer: IntroductionProducer): number => {
  const next = Math.floor(lastSeen) + 1;
  return next % 2 === INTRODUCTION_VERSION_LANES[producer] ? next : next + 1;
};
