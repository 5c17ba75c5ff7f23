import { APPROVAL_ERRORS } from '@jisr/approvals';
import type { LocalizedText } from '@jisr/contracts';
import type { ErrorCatalogue } from '@jisr/http-kit';
import { ROUND_RUN_ERRORS_TEXT } from './round-run-errors';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The problem `detail` of every code matching raises, in the three languages Jisr speaks. */
export const MATCHING_ERRORS: ErrorCatalogue = {
  'MATCHING.REPORT_NOT_FOUND': t(
    'No programme, cohort or centre with this id has a report.',
    'لا يوجد برنامج أو دفعة أو مركز بهذا المعرّف له تقرير.',
    'Bu kimlikle raporu olan bir program, kohort veya merkez yok.',
  ),
  'MATCHING.REPORT_FORBIDDEN': t(
    'A centre coordinator reads the reports of their own centres only.',
    'يطّلع منسّق المركز على تقارير مراكزه فقط.',
    'Merkez koordinatörü yalnızca kendi merkezlerinin raporlarını okuyabilir.',
  ),
  ...APPROVAL_ERRORS,
  'MATCHING.INTRODUCTION_NOT_FOUND': t(
    'No such introduction request.',
    'لا يوجد طلب تعارف كهذا.',
    'Böyle bir tanışma talebi yok.',
  ),
  'MATCHING.INTRODUCTION_NOT_OPEN': t(
    'This introduction request is no longer open.',
    'طلب التعارف هذا لم يعد مفتوحًا.',
    'Bu tanışma talebi artık açık değil.',
  ),
  'MATCHING.STARTUP_NOT_MATCHABLE': t(
    'No verified, active startup profile with this id yet.',
    'لا يوجد بعد ملف شركة ناشئة موثّق ونشط بهذا المعرّف.',
    'Bu kimlikle henüz doğrulanmış ve etkin bir girişim profili yok.',
  ),
  'MATCHING.ADVISOR_NOT_MATCHABLE': t(
    'No verified, active advisor profile with this id.',
    'لا يوجد ملف مستشار موثّق ونشط بهذا المعرّف.',
    'Bu kimlikle doğrulanmış ve etkin bir danışman profili yok.',
  ),
  'MATCHING.STARTUP_NOT_VERIFIED': t(
    'Your startup profile must be verified by the council before you can request introductions.',
    'يجب أن يوثّق المجلس ملف شركتك قبل أن تطلب التعارف.',
    'Tanışma talep edebilmek için girişim profilinizin konsey tarafından doğrulanması gerekir.',
  ),
  'MATCHING.ADVISOR_NOT_FOUND': t(
    'No verified, active advisor with this id.',
    'لا يوجد مستشار موثّق ونشط بهذا المعرّف.',
    'Bu kimlikle doğrulanmış ve etkin bir danışman yok.',
  ),
  'MATCHING.ADVISOR_FULL': t(
    'This advisor has no free place at the moment.',
    'لا يوجد لدى هذا المستشار مكان شاغر حاليًا.',
    'Bu danışmanın şu anda boş yeri yok.',
  ),
  'MATCHING.NOT_A_MATCH': t(
    'This advisor does not fit your startup well enough to be requested.',
    'هذا المستشار لا يناسب شركتك بما يكفي لطلبه.',
    'Bu danışman, talep edilecek kadar girişiminize uygun değil.',
  ),
  'MATCHING.DUPLICATE_REQUEST': t(
    'You already have an open request to this advisor.',
    'لديك بالفعل طلب مفتوح لدى هذا المستشار.',
    'Bu danışmana zaten açık bir talebiniz var.',
  ),
  'MATCHING.TOO_MANY_OPEN_REQUESTS': t(
    'You have reached the limit of open requests; wait for an answer or withdraw one.',
    'بلغت الحد الأقصى للطلبات المفتوحة؛ انتظر ردًا أو اسحب أحدها.',
    'Açık talep sınırına ulaştınız; bir yanıt bekleyin veya birini geri çekin.',
  ),
  'MATCHING.CONCURRENT_REQUEST': t(
    'Another request changed this at the same time; try again.',
    'غيّر طلب آخر هذا في الوقت نفسه؛ حاول مجددًا.',
    'Başka bir istek bunu aynı anda değiştirdi; tekrar deneyin.',
  ),
  'MATCHING.ROUND_NOT_FOUND': t(
    'No such cohort round.',
    'لا توجد جولة دفعة كهذه.',
    'Böyle bir kohort turu yok.',
  ),
  'MATCHING.ROUND_CONFIRMED': t(
    'This round was already confirmed.',
    'تم تأكيد هذه الجولة بالفعل.',
    'Bu tur zaten onaylandı.',
  ),
  'MATCHING.COHORT_EMPTY': t(
    'This cohort has no verified startups to match.',
    'لا توجد في هذه الدفعة شركات ناشئة موثّقة للمطابقة.',
    'Bu kohortta eşleştirilecek doğrulanmış girişim yok.',
  ),
  'COHORT.INVALID_PINS': t(
    'Some pinned pairs cannot be honoured.',
    'لا يمكن الالتزام ببعض الأزواج المثبّتة.',
    'Sabitlenen bazı eşleşmeler karşılanamıyor.',
  ),
  'COHORT.PIN_UNKNOWN': t(
    'The pinned startup or advisor is not part of this round.',
    'الشركة أو المستشار المثبّت ليس جزءًا من هذه الجولة.',
    'Sabitlenen girişim veya danışman bu turun parçası değil.',
  ),
  'COHORT.PIN_DUPLICATE': t(
    'This startup is already pinned to an advisor.',
    'هذه الشركة مثبّتة بالفعل مع مستشار.',
    'Bu girişim zaten bir danışmana sabitlenmiş.',
  ),
  'COHORT.PIN_FORBIDDEN': t(
    'This pair is both pinned and forbidden.',
    'هذا الزوج مثبّت وممنوع في الوقت نفسه.',
    'Bu eşleşme hem sabitlenmiş hem yasaklanmış.',
  ),
  'COHORT.PIN_OVER_CAPACITY': t(
    'The advisor has no place left for this pin.',
    'لم يعد لدى المستشار مكان لهذا التثبيت.',
    'Danışmanın bu sabitleme için yeri kalmadı.',
  ),
  // Issue 10's codes, with the texts services/matching/README.md lists.
  'MATCHING.ALREADY_YOUR_ADVISOR': t(
    'You already work with this advisor through an accepted introduction.',
    'أنت تعمل بالفعل مع هذا المستشار عبر تعارف مقبول.',
    'Bu danışmanla kabul edilmiş bir tanışma üzerinden zaten çalışıyorsunuz.',
  ),
  'MATCHING.COHORT_AMBIGUOUS': t(
    'Several programmes use this cohort id; name the programme.',
    'تستخدم عدة برامج معرّف الدفعة هذا؛ حدّد البرنامج.',
    'Bu kohort kimliğini birden çok program kullanıyor; programı belirtin.',
  ),
  'COHORT.PIN_ADVISOR_UNKNOWN': t(
    'No such active advisor.',
    'لا يوجد مستشار نشط كهذا.',
    'Böyle etkin bir danışman yok.',
  ),
  'COHORT.PIN_ADVISOR_PAUSED': t(
    'This advisor is paused.',
    'هذا المستشار في وضع الإيقاف.',
    'Bu danışman duraklatılmış.',
  ),
  'COHORT.PIN_ADVISOR_NOT_VERIFIED': t(
    'This advisor is not verified.',
    'هذا المستشار غير موثّق.',
    'Bu danışman doğrulanmamış.',
  ),
  'COHORT.PIN_CURRENT_ADVISOR': t(
    'The startup already works with this advisor.',
    'تعمل الشركة الناشئة بالفعل مع هذا المستشار.',
    'Girişim bu danışmanla zaten çalışıyor.',
  ),
  ...ROUND_RUN_ERRORS_TEXT,
};
