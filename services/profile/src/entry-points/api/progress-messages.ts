import type { LocalizedText } from '@jisr/contracts';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** Problem texts of milestones and outcome check-ins, in the three languages Jisr speaks. */
export const PROGRESS_ERRORS: Readonly<Record<string, LocalizedText>> = {
  'MILESTONE.NOT_FOUND': t(
    "No such milestone in the startup's programme.",
    'لا يوجد إنجاز كهذا في برنامج الشركة الناشئة.',
    'Girişimin programında böyle bir kilometre taşı yok.',
  ),
  'MILESTONE.PHASE_NOT_FOUND': t(
    'The programme has no such phase.',
    'لا توجد مرحلة كهذه في البرنامج.',
    'Programda böyle bir aşama yok.',
  ),
  'PROGRESS.NO_PROGRAMME': t(
    'The startup is not placed in a programme yet.',
    'لم تُلحق الشركة الناشئة ببرنامج بعد.',
    'Girişim henüz bir programa yerleştirilmedi.',
  ),
  'MILESTONE.ALREADY_CONFIRMED': t(
    'This milestone was already confirmed.',
    'تم تأكيد هذا الإنجاز من قبل.',
    'Bu kilometre taşı zaten onaylandı.',
  ),
  'MILESTONE.NOT_AWAITING': t(
    'This milestone is not waiting for a confirmation.',
    'هذا الإنجاز لا ينتظر تأكيدًا.',
    'Bu kilometre taşı onay beklemiyor.',
  ),
  'MILESTONE.ID_TAKEN': t(
    'Another phase of this programme already uses this milestone id.',
    'تستخدم مرحلة أخرى من هذا البرنامج معرّف الإنجاز هذا.',
    'Bu programın başka bir aşaması bu kilometre taşı kimliğini zaten kullanıyor.',
  ),
  'OUTCOME.INVALID': t(
    'The check-in is not valid; see errors[] for what to change.',
    'التقرير الفصلي غير صالح؛ راجع errors[] لمعرفة ما يجب تغييره.',
    'Bildirim geçerli değil; neyin değişmesi gerektiğini errors[] içinde görün.',
  ),
};

/** Field problems by issue code, worded for the person filling in the form. */
export const PROGRESS_FIELD_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'milestone.id-taken': t(
    'is used by another phase',
    'مستخدم في مرحلة أخرى',
    'başka bir aşamada kullanılıyor',
  ),
  'outcome.more-than-employees': t(
    'cannot be more than the number of employees',
    'لا يمكن أن يزيد على عدد الموظفين',
    'çalışan sayısından fazla olamaz',
  ),
  'outcome.investment-needs-source': t(
    'say where the money came from',
    'اذكر مصدر الأموال',
    'paranın nereden geldiğini belirtin',
  ),
  'outcome.source-needs-amount': t(
    'give the amount raised from this source',
    'اذكر المبلغ الذي جُمع من هذا المصدر',
    'bu kaynaktan toplanan tutarı girin',
  ),
  'outcome.future-quarter': t(
    'this quarter has not begun yet',
    'هذا الربع لم يبدأ بعد',
    'bu çeyrek henüz başlamadı',
  ),
};
