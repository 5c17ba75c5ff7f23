import type { LocalizedText } from '@jisr/contracts';
import type { ErrorCatalogue } from '@jisr/http-kit';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The problem `detail` of every code the meeting routes raise, in ar/tr/en. */
export const MEETING_ERRORS: ErrorCatalogue = {
  'MEETING.ADVISOR_ONLY': t(
    'Only the advisor proposes other times.',
    'المستشار وحده يقترح أوقاتًا أخرى.',
    'Başka zamanları yalnızca danışman önerir.',
  ),
  'MEETING.FEED_NOT_FOUND': t(
    'No such calendar feed.',
    'لا توجد تغذية تقويم كهذه.',
    'Böyle bir takvim akışı yok.',
  ),
  'MEETING.INTRODUCTION_NOT_ACTIVE': t(
    'Meetings are arranged only in an accepted introduction.',
    'تُرتَّب الاجتماعات في تعارف مقبول فقط.',
    'Toplantılar yalnızca kabul edilmiş bir tanışmada düzenlenir.',
  ),
  'MEETING.NOT_FOUND': t('No such meeting.', 'لا يوجد اجتماع كهذا.', 'Böyle bir toplantı yok.'),
  'MEETING.NOT_SCHEDULED': t(
    'This meeting is no longer scheduled, so it cannot change.',
    'لم يعد هذا الاجتماع مجدولًا، فلا يمكن تغييره.',
    'Bu toplantı artık planlı değil, bu yüzden değiştirilemez.',
  ),
  'MEETING.NOT_STARTED': t(
    'A meeting can be recorded only after it has started.',
    'لا يمكن تسجيل الاجتماع إلا بعد بدئه.',
    'Bir toplantı ancak başladıktan sonra kaydedilebilir.',
  ),
  'MEETING.OFF_GRID': t(
    'The time must start on a 15-minute step.',
    'يجب أن يبدأ الوقت على خطوة من 15 دقيقة.',
    'Saat 15 dakikalık bir adımda başlamalıdır.',
  ),
  'MEETING.OUTCOME_RECORDED': t(
    'You have already recorded this meeting.',
    'لقد سجّلت هذا الاجتماع بالفعل.',
    'Bu toplantıyı zaten kaydettiniz.',
  ),
  'MEETING.PARTIES_ONLY': t(
    'Only startups and advisors have meetings.',
    'الاجتماعات للشركات الناشئة والمستشارين فقط.',
    'Toplantılar yalnızca girişimler ve danışmanlar içindir.',
  ),
  'MEETING.SLOT_TAKEN': t(
    'This time has just been booked by someone else.',
    'حجز شخص آخر هذا الوقت للتو.',
    'Bu saat az önce başka biri tarafından ayrıldı.',
  ),
  'MEETING.SLOT_UNAVAILABLE': t(
    'The advisor is not available at this time.',
    'المستشار غير متاح في هذا الوقت.',
    'Danışman bu saatte müsait değil.',
  ),
  'MEETING.TIME_PASSED': t(
    'Proposed times must lie in the future.',
    'يجب أن تكون الأوقات المقترحة في المستقبل.',
    'Önerilen zamanlar gelecekte olmalıdır.',
  ),
};
