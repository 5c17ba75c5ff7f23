import type { ErrorCatalogue } from '@jisr/http-kit';

/** The audit log's problem texts, in the three languages Jisr speaks. */
export const AUDIT_ERRORS: ErrorCatalogue = {
  // Raised only after several retries lost the race for the chain's next place: a very busy moment.
  'AUDIT.CHAIN_FORKED': {
    en: 'Many changes arrived at the same moment; please try again.',
    ar: 'وصلت تغييرات كثيرة في اللحظة نفسها؛ يرجى المحاولة مجددًا.',
    tr: 'Aynı anda çok sayıda değişiklik geldi; lütfen tekrar deneyin.',
  },
};
