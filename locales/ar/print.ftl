# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = قيّم زيارتك
print-scan = امسح الرمز بكاميرا هاتفك واختر وجهاً
print-counter = الكاونتر: { $label }

report-title = تقرير المركز
report-entity-title = تقرير الجهة
report-period = من { $from } إلى { $to }
report-made = أُعدّ في { $date }
report-summary = الملخص
report-combined = المؤشر المركّب
report-customer = مؤشر المتعاملين
report-customer-note = تقييمات المتعاملين
report-audit = مؤشر التدقيق
report-audit-note = زيارات المتسوقين السريين
report-evaluations = { $count ->
    [zero] لا توجد تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
   *[other] { $count } تقييم
}
report-stars = { $stars } نجوم من 7
report-provisional = مؤقت: عدد التقييمات غير كافٍ للتصنيف
report-no-rating = لا تصنيف: لا توجد تقييمات في هذه الفترة
report-league = المرتبة { $rank } من { $total } مراكز
report-trend = الاتجاه
report-stages = المراحل من الأقوى إلى الأضعف
report-strengths = نقاط القوة
report-improvements = فرص التحسين
report-happiness = انطباع المتعاملين
report-happy = سعيد
report-neutral = محايد
report-unhappy = غير سعيد
report-reasons = الأسباب الأكثر تكراراً
report-employees = الموظفون والمكاتب
report-counters = الكاونترات
report-col-name = الاسم
report-col-score = النتيجة
report-col-count = التقييمات
report-col-centre = المركز
report-col-rank = المرتبة
report-col-stars = النجوم
report-comments = أحدث التعليقات
report-nothing = لا شيء في هذه الفترة.
report-page = الصفحة { $page } من { $pages }
