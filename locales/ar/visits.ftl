# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = الزيارات المخططة
planned-link-sub = الزيارات المسندة إليك، والزيارات المتاحة التي يمكنك أخذها
planned-title = الزيارات المخططة
planned-sign-in-first = سجّل الدخول لترى الزيارات المخططة لك.
planned-mine = المسندة إليك
planned-mine-none = لا توجد زيارات مسندة إليك حاليًا.
planned-available = الزيارات المتاحة
planned-available-none = لا توجد زيارات متاحة للأخذ حاليًا.
planned-updated = آخر تحديث { $time }
planned-never-updated = لم تُنزَّل القائمة بعد. اتصل بالإنترنت لترى زياراتك المخططة.
planned-updating = جارٍ التحديث…
planned-offline = أنت غير متصل. هذه القائمة كما نُزّلت آخر مرة.
planned-sign-in-again = انتهت جلستك. سجّل الدخول مجددًا لتحديث القائمة.
planned-not-updated = تعذّر تحديث القائمة: { $reason }
planned-refresh = حدّث القائمة
planned-wave = الموجة
planned-service = الخدمة
planned-window = الزيارة بين
planned-due = آخر موعد
planned-days = الأيام
planned-hours = الساعات
planned-scenario = المطلوب منك
planned-range = { $from } – { $to }
planned-due-today = آخر موعد اليوم
planned-days-left = { $count ->
    [zero] لم يبقَ أي يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $count } أيام
    [many] بقي { $count } يومًا
   *[other] بقي { $count } يوم
}
planned-overdue = { $count ->
    [zero] متأخرة
    [one] متأخرة يومًا واحدًا
    [two] متأخرة يومين
    [few] متأخرة { $count } أيام
    [many] متأخرة { $count } يومًا
   *[other] متأخرة { $count } يوم
}
planned-opens-on = يمكنك بدء هذه الزيارة اعتبارًا من { $date }.
planned-status = { $status ->
    [open] متاحة
    [assigned] مسندة إليك
    [in_progress] قيد التنفيذ
    [submitted] مُرسلة
    [approved] معتمدة
    [returned] أُعيدت إليك
    [expired] انتهت مدتها
   *[cancelled] ملغاة
}
planned-start = ابدأ الزيارة
planned-resume = أكمل الزيارة
planned-claim = خذ هذه الزيارة
planned-release = تخلَّ عنها
planned-release-confirm = هل تتخلى عن هذه الزيارة؟ يمكن لمتسوق آخر أن يأخذها بعد ذلك.
planned-release-yes = نعم، أتخلى عنها
planned-needs-connection = اتصل بالإنترنت لتأخذ زيارة أو تتخلى عنها.
planned-checklist-missing = قائمة التحقق الخاصة بهذه الزيارة ليست على هذا الجهاز بعد. اتصل بالإنترنت وحاول مرة أخرى.
planned-action-failed = لم يتم ذلك: { $reason }
planned-local-draft = بدأت على هذا الجهاز
planned-local-waiting = أُنجزت، بانتظار الإرسال
planned-local-sent = أُنجزت وأُرسلت
planned-not-linked = حُفظ تقييمك، لكنه لم يُحتسب لزيارته المخططة: { $reason }
planned-not-linked-plain = حُفظ تقييمك، لكنه لم يُحتسب لزيارته المخططة.
planned-refused-lockout = زيارتك الأخرى لهذا المركز قريبة جدًا من هذه الزيارة.
planned-refused-lockout-until = زيارتك الأخرى لهذا المركز قريبة جدًا من هذه الزيارة. يمكنك أخذ زيارة إليه اعتبارًا من { $date }.
planned-refused-daily-cap = لديك بالفعل أكبر عدد مسموح به من الزيارات في ذلك اليوم.
planned-refused-wave-cap = لديك بالفعل أكبر عدد من زيارات هذه الموجة يُسمح به لمتسوق واحد.
planned-refused-held-cap = لديك بالفعل أكبر عدد مسموح به من الزيارات التي لم تُنجز بعد. أنجز إحداها أو تخلَّ عنها أولًا.
planned-refused-spacing = لديك زيارة إلى مركز آخر تابع للجهة نفسها قريبة جدًا من ذلك اليوم.
planned-refused-spacing-until = لديك زيارة إلى مركز آخر تابع للجهة نفسها قريبة جدًا من ذلك اليوم. يمكنك أخذ هذه الزيارة اعتبارًا من { $date }.
planned-refused-grade = درجتك أقل من الحد الأدنى الذي تطلبه هذه الموجة.
planned-date = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
planned-weekday = { $day ->
    [mon] الإثنين
    [tue] الثلاثاء
    [wed] الأربعاء
    [thu] الخميس
    [fri] الجمعة
    [sat] السبت
   *[sun] الأحد
}
