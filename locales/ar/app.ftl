# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = العربية
app-name = المتسوق السري
go-home = العودة إلى البداية
not-found-title = هذه الصفحة غير موجودة
store-failed-title = يتعذر على التطبيق فتح مساحة التخزين على هذا الجهاز
settings-set-aside = تعذّرت قراءة الإعدادات المحفوظة على هذا الجهاز. حُفظت نسخة منها جانبًا ويُستخدم الآن الإعداد الافتراضي: يُرجى مراجعة اختياراتك في الإعدادات.
cancel = إلغاء
save = حفظ
saved = تم الحفظ
previous = السابق
next = التالي

## Connection and outbox badge

connection-online = متصل
connection-offline = غير متصل — عملك محفوظ على هذا الجهاز
connection-unknown = جارٍ الاتصال…
outbox-badge = { $count ->
    [zero] لا توجد تقييمات بانتظار الإرسال
    [one] تقييم واحد بانتظار الإرسال
    [two] تقييمان بانتظار الإرسال
    [few] { $count } تقييمات بانتظار الإرسال
    [many] { $count } تقييماً بانتظار الإرسال
   *[other] { $count } تقييم بانتظار الإرسال
}

## First run and settings

welcome-title = أهلاً بك
welcome-lead = قيّم زيارتك لأحد مراكز الخدمة الحكومية، أو نفّذ تقييماً مُسنداً إليك.
language-label = اللغة
welcome-role = من يستخدم هذا التطبيق؟
role-citizen = أنا زائر
role-citizen-hint = قيّم زيارتك بلمسات قليلة
role-shopper = أنا متسوق سري
role-shopper-hint = نفّذ تقييماً كاملاً
settings-title = الإعدادات
settings-server = عنوان الخادم

## Finding a centre

centres-title = اختر مركزاً
centres-search = البحث بالاسم
centres-nearest = الأقرب أولاً
centres-locating = جارٍ تحديد موقعك…
centres-entity = الجهة
centres-all = الكل
centres-none-yet = لم يتم تنزيل قائمة المراكز بعد. اتصل بالإنترنت مرة واحدة، أو افتح الرابط الموجود في رمز QR الخاص بالمركز.
centres-no-match = لا يوجد مركز يطابق بحثك.
distance-km = على بُعد { $km } كم

## Citizen rating

face-happy = سعيد
face-neutral = محايد
face-unhappy = غير سعيد
rate-more = إضافة مزيد من التفاصيل (اختياري)
rate-comment = تعليقك
rate-employee = اسم الموظف أو رقم منصة الخدمة
rate-submit = أرسل تقييمي
rate-unknown-centre = هذا المركز غير موجود في القائمة
rate-unknown-centre-hint = تحقّق من الرابط أو رمز QR، أو اختر المركز من القائمة.
checklist-missing = نموذج التقييم هذا غير متوفر على هذا الجهاز بعد.
missing-item = يُرجى الإجابة عن: { $item }
confirm-thanks = شكراً لتقييمك
confirm-sending = جارٍ الإرسال…
confirm-sent = تم الإرسال. سيطّلع المركز على تقييمك.
confirm-saved = تم الحفظ على هذا الجهاز. سيُرسل تلقائياً عند عودة الاتصال.
confirm-refused = تعذّر الإرسال: { $reason }
confirm-again = قيّم زيارة أخرى

## Answers

answer-yes = نعم
answer-no = لا
answer-na = لا ينطبق
scale-1 = 1 — ضعيف جداً
scale-2 = 2 — ضعيف
scale-3 = 3 — مقبول
scale-4 = 4 — جيد
scale-5 = 5 — ممتاز
unit-minutes = { $count ->
    [zero] بالدقائق (المستهدف: { $count } دقيقة)
    [one] بالدقائق (المستهدف: دقيقة واحدة)
    [two] بالدقائق (المستهدف: دقيقتان)
    [few] بالدقائق (المستهدف: { $count } دقائق)
    [many] بالدقائق (المستهدف: { $count } دقيقة)
   *[other] بالدقائق (المستهدف: { $count } دقيقة)
}
evidence-photo-needed = يُرجى إضافة صورة توضح ذلك.
evidence-comment-needed = يُرجى وصف ما حدث في تعليق.
comment-add = إضافة تعليق
comment-label = تعليق
comment-placeholder = ما الذي لاحظته؟
photo-add = إضافة صورة
photo-processing = جارٍ تجهيز الصورة…
photo-not-an-image = هذا الملف ليس صورة. اختر صورة بصيغة JPEG أو PNG.
photo-unreadable = تعذّرت قراءة الصورة: { $reason }
photo-count = { $count ->
    [zero] لا توجد صور
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
    [many] { $count } صورة
   *[other] { $count } صورة
}

## Shopper visits

sign-in-title = تسجيل الدخول
sign-in-username = اسم المستخدم
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-wrong = اسم المستخدم أو كلمة المرور غير صحيحة.
sign-in-offline = يتعذر الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى.
sign-in-as = تم تسجيل الدخول باسم { $name }
sign-out = تسجيل الخروج
visits-title = زياراتي
visits-sign-in-first = سجّل الدخول حتى يمكن إرسال تقييماتك.
visits-in-progress = زيارات قيد التنفيذ
visits-new = بدء زيارة جديدة
visits-centre = المركز
visits-service = الخدمة
visits-start = ابدأ الزيارة
answered-count = { $count ->
    [zero] لا توجد إجابات بعد
    [one] إجابة واحدة حتى الآن
    [two] إجابتان حتى الآن
    [few] { $count } إجابات حتى الآن
    [many] { $count } إجابة حتى الآن
   *[other] { $count } إجابة حتى الآن
}
visit-not-found = هذه الزيارة غير موجودة على هذا الجهاز.
visit-submitted = تم تقديم هذه الزيارة.
visit-progress = مدى التقدم في التقييم
visit-stages = مراحل الزيارة
visit-review = المراجعة والتقديم
check-in = سجّل الوصول الآن
check-in-needed = سجّل وصولك عندما تصل إلى المركز، فذلك يسجّل الوقت وموقعك.
checked-in-at = تم تسجيل الوصول الساعة { $time }.
check-in-inside = داخل المركز.
check-in-outside = خارج نطاق المركز.
check-in-no-location = الموقع غير متاح.
timer-start = تشغيل المؤقت
timer-stop = إيقاف المؤقت

## Summary

summary-title = راجع تقييمك
summary-complete = تمت الإجابة عن كل ما هو مطلوب.
summary-missing = { $count ->
    [zero] لا توجد بنود بحاجة إلى استكمال
    [one] بند واحد لا يزال بحاجة إلى استكمال
    [two] بندان لا يزالان بحاجة إلى استكمال
    [few] { $count } بنود لا تزال بحاجة إلى استكمال
    [many] { $count } بنداً لا تزال بحاجة إلى استكمال
   *[other] { $count } بند لا تزال بحاجة إلى استكمال
}
missing-answer = الإجابة مطلوبة
missing-photo = الصورة مطلوبة
missing-comment = التعليق مطلوب
summary-score = النتيجة حسب المرحلة
summary-stage = المرحلة
summary-percent = النتيجة
summary-overall = التقييم كاملاً
summary-employee = اسم الموظف أو رقم منصة الخدمة
summary-comment = تعليق عام
summary-submit = تقديم التقييم

## Outbox

outbox-title = صندوق الصادر
outbox-empty = لا توجد تقييمات على هذا الجهاز بعد.
outbox-kind-rating = تقييم
outbox-kind-visit = زيارة
outbox-resume = متابعة
outbox-delete = حذف
outbox-delete-confirm = هل تريد حذف هذه المسودة؟ لا يمكن التراجع عن ذلك.
outbox-delete-yes = نعم، احذف
outbox-retry = إعادة المحاولة
state-draft = مسودة — لم تُقدَّم بعد
state-waiting = بانتظار الإرسال
state-uploading = جارٍ الإرسال…
state-uploaded = تم الإرسال
state-retrying = لم يُرسل بعد — ستتم إعادة المحاولة تلقائياً
state-refused = لم يقبله الخادم: { $reason }
state-needs-sign-in = سجّل الدخول لإتمام الإرسال

## Why the server refused an evaluation (by the server's error code)

error-conflict = سبق إرسال تقييم آخر بالرقم نفسه.
error-not-returned = هذا التقييم قيد المراجعة ولا يمكن تغييره الآن.
error-revision-out-of-order = هذه النسخة من التقييم لا تلي آخر نسخة لدى الخادم.
error-unknown-centre = لم يعد الخادم يعرف هذا المركز.
error-unknown-service = لم يعد المركز يقدّم هذه الخدمة.
error-unknown-template = لا يعرف الخادم هذا الإصدار من النموذج. يُرجى تحديث التطبيق.
error-template-mismatch = التقييم لا يطابق نموذجه. يُرجى تحديث التطبيق.
error-invalid-role = لا يمكن استخدام هذا النموذج بهذه الصفة.
error-missing-answer = إحدى الإجابات المطلوبة ناقصة.
error-missing-photo = إحدى الصور المطلوبة ناقصة.
error-missing-comment = أحد التعليقات المطلوبة ناقص.
error-photo-missing = لم تصل إحدى الصور إلى الخادم. حاول مرة أخرى.
error-too-large = حجم التقييم أو إحدى صوره كبير جداً.
error-invalid-workbook = الملف ليس مصنفاً يستطيع الخادم قراءته، أو أنه كبير جداً. احفظه مجدداً بصيغة ‎.xlsx.
error-password-change-required = غيّر كلمة المرور المؤقتة أولاً.
error-weak-password = اختر كلمة مرور أطول: 12 حرفاً على الأقل، ليست اسم المستخدم ولا كلمة مرور شائعة.
error-too-long = أحد النصوص طويل جداً.
error-invalid-field = تعذّر على الخادم قراءة جزء من التقييم. يُرجى تحديث التطبيق.
error-wrong-kind = صيغة إحدى الإجابات غير صحيحة. يُرجى تحديث التطبيق.
error-invalid-value = إحدى الإجابات غير مسموح بها.
error-unknown-item = يتضمن التقييم إجابة لا يطلبها النموذج. يُرجى تحديث التطبيق.
error-bad-json = تعذّر على الخادم قراءة التقييم. يُرجى تحديث التطبيق.
error-id-mismatch = رقم التقييم غير مطابق. يُرجى تحديث التطبيق.
error-hash-mismatch = تلفت إحدى الصور أثناء الإرسال. حاول مرة أخرى.
error-not-an-image = تعذّرت قراءة إحدى الصور كصورة صالحة.
error-forbidden = لا يُسمح لحسابك بإرسال هذا التقييم.
error-unauthorized = سجّل الدخول مرة أخرى لإرسال هذا التقييم.
error-invalid-id = رقم التقييم غير صالح. يُرجى تحديث التطبيق.
error-invalid-photo-id = اسم إحدى الصور غير صالح. يُرجى تحديث التطبيق.

## الحفظ على هذا الجهاز

store-save-failed = لم يُحفظ على هذا الجهاز. ما أدخلته ما زال هنا؛ يُرجى المحاولة مرة أخرى.
store-read-failed = تعذّرت قراءة التقييمات المحفوظة على هذا الجهاز. أغلق التطبيق وافتحه مرة أخرى؛ وإذا تكرر ذلك فاطلب المساعدة.

## تسجيل الخروج

sign-out-waiting = بعض الزيارات بانتظار الرفع وتحتاج إلى تسجيل دخولك. ستبقى على هذا الجهاز وتُرفع بعد أن تسجّل الدخول مرة أخرى.
sign-out-yes = تسجيل الخروج على أي حال
signed-out = تم تسجيل خروجك.

## أسباب أخرى يذكرها الخادم (حسب رمز الخطأ)

error-rate-limited = أُرسل عدد كبير جداً من التقييمات من هنا قبل قليل. تقييمك محفوظ وسيُرسل تلقائياً بعد قليل.
error-too-many-attempts = محاولات تسجيل دخول كثيرة جداً. انتظر بضع دقائق ثم حاول مرة أخرى.
error-staff-cannot-rate = لا يمكن لحساب موظف إرسال تقييم زائر. سجّل الخروج ثم أرسله مرة أخرى.
error-citizen-not-revisable = لا يمكن تغيير تقييم الزائر بعد إرساله.
error-photo-has-metadata = ما زالت إحدى الصور تحمل بيانات مخفية مثل مكان التقاطها. يُرجى تحديث التطبيق.
error-photo-too-large = إحدى الصور كبيرة جداً. التقطها مرة أخرى أو اختر صورة أصغر.
error-implausible-value = إحدى الإجابات لا يمكن أن تكون صحيحة، مثل وقت انتظار طويل جداً. راجعها وحاول مرة أخرى.
error-unknown-locale = لا يعرف الخادم لغة هذا التقييم. يُرجى تحديث التطبيق.
error-unsupported-media-type = لا يقبل الخادم هذا النوع من الملفات. يُرجى تحديث التطبيق.
error-unknown-kiosk = هذا الكشك غير مسجّل. اطلب من موظفي المركز تسجيله مرة أخرى.
error-kiosk-wrong-centre = هذا الكشك مسجّل لمركز آخر. اطلب من موظفي المركز التحقق منه.
error-invalid-path = استخدم التطبيق عنواناً لا يقبله الخادم. يُرجى تحديث التطبيق.

error-bad-body = تعذّرت قراءة الطلب. يُرجى المحاولة مرة أخرى.
error-bad-query = لم يُفهم البحث أو عامل التصفية.
error-internal = حدث خطأ في الخادم. لم يتغيّر شيء؛ يُرجى المحاولة لاحقاً.
error-method-not-allowed = هذا الإجراء غير ممكن هنا.
error-not-found = لا يوجد لدى الخادم ما طُلب.
connection-offline-short = غير متصل
rate-loading-centre = جارٍ تحميل المركز…
rate-catalogue-unavailable = قائمة المراكز غير موجودة على هذا الجهاز بعد. اتصل بالإنترنت وحاول مرة أخرى.
photo-remove = إزالة هذه الصورة
photo-thumbnail = الصورة { $number }
visits-change-centre = تغيير المركز
visits-service-needed = اختر الخدمة التي تقيّمها.
settings-digits = الأرقام
error-illegal-transition = لا يمكن اتخاذ هذا القرار من الحالة الحالية للتقييم.
error-evidence-required = يتطلب وضع علامة «تم» على هذا الإجراء تعليقًا يوضح ما تم، وصورة حين يطلبها الإجراء.
error-comment-required = اذكر السبب في تعليق عند إعادة التقييم أو رفضه.

role-supervisor = أراجع التقييمات أو أدير مركزًا (الموظفون)
review-status-received = مستلم
review-status-has-issues = به ملاحظات
review-status-returned = أُعيد إلى المتسوق
review-status-approved = معتمد
review-status-rejected = مرفوض
review-inbox-title = تقييمات للمراجعة
review-filter-status = الحالة
review-filter-role = من قيّم
review-all = الكل
review-role-citizen = المتعاملون
review-role-shopper = المتسوقون السريون
review-count = التقييمات الموجودة: { $count }
review-inbox-empty = لا شيء هنا بهذه المرشحات.
review-select = تحديد
review-col-centre = المركز
review-col-role = بواسطة
review-col-visit = الزيارة
review-col-score = النتيجة
review-col-status = الحالة
review-col-photos = الصور
review-col-place = تسجيل الحضور
review-more = عرض المزيد
review-bulk-done = تم الاعتماد: { $count }
review-bulk-confirm = اعتماد التقييمات المحددة ({ $count })؟
review-approve = اعتماد
review-approve-selected = اعتماد المحدد ({ $count })
review-visit-photos = صور الزيارة
review-no-check-in = لا يوجد تسجيل حضور
review-outside-by = خارج نطاق المركز بمسافة { $metres } م
review-by = أرسله
review-minutes-of-target = { $minutes } دقيقة (الهدف { $target } دقيقة)
review-history = السجل
review-received-revision = استُلمت النسخة { $revision }
review-commented = تعليق
review-no-moves = لا يمكن اتخاذ قرار الآن: التقييم بانتظار المتسوق.
review-comment = تعليق للمتسوق أو للسجل
review-do-approved = اعتماد
review-do-has-issues = تحديد أن به ملاحظات
review-do-rejected = رفض
review-do-returned = إعادة إلى المتسوق
review-compared = النسخة { $revision }؛ ما تغيّر منذ النسخة { $previous } مُعلَّم.
review-was = كان: { $answer }
visit-returned = أعاده المشرف: { $comment }
review-from = من
review-to = إلى
review-next = التقييم التالي
review-filters = عوامل التصفية

## Centre performance
review-places = المراجعة
stats-title = الأداء
stats-period = الفترة
stats-last-30 = آخر 30 يومًا
stats-last-90 = آخر 90 يومًا
stats-last-365 = آخر 12 شهرًا
stats-entity = الجهة
stats-combined = المؤشر المجمّع
stats-customer = مؤشر المتعاملين
stats-audit = مؤشر التدقيق
stats-rating = التقييم
stats-rank = الترتيب
stats-evaluations = التقييمات
stats-evaluation-count = عدد التقييمات: { $count }
stats-answer-count = عدد الإجابات: { $count }
stats-stars = { $stars } من { $max } نجوم
stats-too-few = عدد غير كافٍ للتقييم
stats-no-rating = لم يُقيَّم بعد
stats-league = المراكز
stats-no-centres = لا توجد مراكز لعرضها.
stats-back = كل المراكز
stats-trend = الاتجاه
stats-trend-summary = المؤشر المجمّع والمؤشران خلال الفترة
stats-trend-table = اعرض الأرقام في جدول
stats-week = الأسبوع { $week }
stats-stages = مراحل رحلة المتعامل
stats-no-evaluations = لا يُحتسب أي تقييم في هذه الفترة.
stats-happiness = سعادة المتعاملين
stats-no-citizens = لا توجد تقييمات من المتعاملين في هذه الفترة.
stats-reasons = الأسباب المذكورة عند عدم الرضا
stats-strengths = نقاط القوة
stats-weaknesses = فرص التحسين
stats-too-few-items = الإجابات قليلة جدًا للحكم بعد.
stats-employees = الموظفون والمكاتب
stats-no-employees = لم يُذكر أي موظف أو مكتب في هذه الفترة.
stats-alerts = التنبيهات
stats-alert-text = { $unhappy } من { $ratings } تقييمات غير راضية خلال { $minutes } دقيقة
stats-alert-cleared = عاد إلى الوضع الطبيعي الآن
stats-acknowledge = تم الاطلاع
stats-exports = التصدير
stats-export-evaluations-csv = التقييمات (CSV)
stats-export-evaluations-xlsx = التقييمات (Excel)
stats-export-answers-csv = الإجابات (CSV)
stats-export-rows = { $done } من { $total } صف
stats-export-bytes = تم استلام { $kb } ك.ب
stats-export-saved = تم الحفظ: { $place }
stats-settings = طريقة منح النجوم
stats-settings-customer-weight = وزن مؤشر المتعاملين (%)
stats-settings-min-customer-count = تقييمات المتعاملين اللازمة للنجوم
stats-settings-min-audit-count = عمليات التدقيق المعتمدة اللازمة للنجوم
stats-settings-band = { $stars } نجوم ابتداءً من (%)
stats-settings-bands = شرائح النجوم
stats-settings-save = حفظ
stats-settings-saved = تم الحفظ؛ تستخدمه كل الأرقام من الآن.
stats-settings-not-number = ليس رقمًا: { $field }

## Proof of visit
review-filter-flag = إثبات الزيارة
proof-flag-outside-geofence = تسجيل الحضور خارج المركز
proof-flag-no-location = لا يوجد موقع
proof-flag-duplicate-photos = صورة مستخدمة في تقييم آخر
proof-flag-clock-skew = ساعة الجهاز غير مضبوطة
proof-clock-offset = كانت ساعة الجهاز مختلفة بمقدار { $minutes } دقيقة؛ صُحّحت أوقات الزيارة.
check-in-accuracy = ± { $metres } م
location-denied = الموقع متوقف لهذا التطبيق: حُفظ تسجيل الحضور دونه. يمكنك السماح به من إعدادات الجهاز.
location-timeout = لم يصل تحديد الموقع في الوقت المحدد: حُفظ تسجيل الحضور دونه.
location-unavailable = خدمة الموقع غير مفعّلة على هذا الجهاز: حُفظ تسجيل الحضور دونه.
photo-from-library = اختر من المعرض
