import { z } from 'zod';
import type { Locale, LocalizedText } from './locale';

/** A startup's stage, in order; neighbours in this list count as a partial fit. */
export const STAGES = ['idea', 'prototype', 'early-revenue', 'growth', 'scale'] as const;
export type Stage = (typeof STAGES)[number];
export const stageSchema = z.enum(STAGES);

const STAGE_LABELS: Record<Stage, LocalizedText> = {
  idea: { en: 'Idea', ar: 'فكرة', tr: 'Fikir' },
  prototype: { en: 'Prototype', ar: 'نموذج أولي', tr: 'Prototip' },
  'early-revenue': { en: 'Early revenue', ar: 'إيرادات أولى', tr: 'İlk gelir' },
  growth: { en: 'Growth', ar: 'نمو', tr: 'Büyüme' },
  scale: { en: 'Scale', ar: 'توسّع', tr: 'Ölçeklenme' },
};

/** Position of a stage, 0 (`idea`) to 4 (`scale`). */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function stageLabel(stage: Stage, locale: Locale): string {
  return STAGE_LABELS[stage][locale];
}
