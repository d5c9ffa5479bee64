# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = اپنے دورے کی درجہ بندی کریں
print-scan = اپنے فون کے کیمرے سے کوڈ اسکین کریں اور ایک چہرہ چنیں
print-counter = کاؤنٹر: { $label }

report-title = مرکز کی رپورٹ
report-entity-title = ادارے کی رپورٹ
report-period = { $from } سے { $to } تک
report-made = تیاری کی تاریخ { $date }
report-summary = خلاصہ
report-combined = مجموعی اشاریہ
report-customer = صارفین کا اشاریہ
report-customer-note = شہریوں کی درجہ بندیاں
report-audit = آڈٹ اشاریہ
report-audit-note = خفیہ خریداروں کے دورے
report-evaluations = { $count ->
    [one] { $count } جائزہ
   *[other] { $count } جائزے
}
report-stars = 7 میں سے { $stars } ستارے
report-provisional = عارضی: درجہ بندی کے لیے جائزے کم ہیں
report-no-rating = کوئی درجہ بندی نہیں: اس مدت میں کوئی جائزہ نہیں
report-league = { $total } مراکز میں سے مقام { $rank }
report-trend = رجحان
report-stages = مراحل، مضبوط ترین پہلے
report-strengths = خوبیاں
report-improvements = بہتری کے مواقع
report-happiness = شہریوں نے کیسا محسوس کیا
report-happy = خوش
report-neutral = غیر جانبدار
report-unhappy = ناخوش
report-reasons = سب سے زیادہ بتائی گئی وجوہات
report-employees = ملازمین اور ڈیسک
report-counters = کاؤنٹرز
report-col-name = نام
report-col-score = اسکور
report-col-count = جائزے
report-col-centre = مرکز
report-col-rank = درجہ
report-col-stars = ستارے
report-comments = حالیہ تبصرے
report-nothing = اس مدت میں کچھ نہیں۔
report-page = صفحہ { $page } از { $pages }
