import type { LocalizedText } from '@jisr/contracts';

export const NOTICE_KINDS = ['advisor-unresponsive'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Something the council should look at, written by the service (e.g. an advisor stopped answering). */
export interface CouncilNotice {
  readonly id: string;
  readonly version: number;
  readonly kind: NoticeKind;
  readonly advisorId: string;
  readonly introductionIds: readonly string[];
  readonly text: LocalizedText;
  readonly createdAt: string;
  readonly readAt: string | null;
  readonly readBy: string | null;
}

export const unresponsiveNoticeText = (displayName: string, expired: number): LocalizedText => ({
  en: `${displayName} let ${expired} introduction requests expire in a row and has been paused from new introductions.`,
  ar: `ترك ${displayName} ${expired} طلبات تعارف تنتهي على التوالي دون رد، وتم إيقاف استقبال طلبات جديدة مؤقتاً.`,
  tr: `${displayName} art arda ${expired} tanışma talebini yanıtsız bıraktı; yeni tanışmalara geçici olarak kapatıldı.`,
});
