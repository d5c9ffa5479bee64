# انتظامیہ: ورک بک میں چیک لسٹیں اور کیٹلاگ (صرف منتظمین کے لیے)۔
admin-title = انتظامیہ
admin-places = انتظامیہ کے صفحات
admin-checklists = چیک لسٹیں
admin-catalogue = کیٹلاگ
admin-only = یہ صفحہ صرف منتظم کھول سکتا ہے۔
admin-sign-in = منتظم کے طور پر سائن ان کریں
admin-file-unreadable = فائل پڑھی نہیں جا سکی: { $reason }
admin-reading = فائل پڑھی جا رہی ہے…
admin-drop-here = یا فائل یہاں چھوڑیں
admin-choose-workbook = ورک بک منتخب کریں (.xlsx)
admin-picked-file = فائل: { $name }
admin-checking = ورک بک جانچی جا رہی ہے…
admin-checklists-intro = چیک لسٹ ایک ورک بک میں لکھیں (شیٹس survey، choices اور settings)، جانچ کے لیے اپ لوڈ کریں، کسی بھی زبان میں دیکھیں، پھر شائع کریں۔ آلات اسے اگلی ہم آہنگی پر پاتے ہیں۔
admin-upload-checklist = چیک لسٹ اپ لوڈ کریں
admin-read-checklist = “{ $title }” ({ $id }، ورژن { $version })
admin-ready-to-publish = بغیر غلطی کے پڑھی گئی: { $what }۔ ابھی کچھ شائع نہیں ہوا۔
admin-published = شائع ہو گئی: { $what }۔ آلات اسے اگلی ہم آہنگی پر پاتے ہیں۔
admin-not-publishable = { $count ->
    [one] ورک بک میں ایک غلطی ہے؛ درست ہونے تک کچھ شائع نہیں ہو سکتا۔
   *[other] ورک بک میں { $count } غلطیاں ہیں؛ درست ہونے تک کچھ شائع نہیں ہو سکتا۔
}
admin-publish = شائع کریں
admin-publishing = شائع ہو رہی ہے…
admin-problems = ملنے والے مسائل
admin-problem-counts = { $errors ->
    [one] ایک غلطی
   *[other] { $errorsShown } غلطیاں
}، { $warnings ->
    [one] ایک انتباہ
   *[other] { $warningsShown } انتباہات
}
admin-severity-error = غلطی
admin-severity-warning = انتباہ
admin-col-severity = سنگینی
admin-col-sheet = شیٹ
admin-col-row = قطار
admin-col-column = کالم
admin-col-cell = خانہ جیسا لکھا گیا
admin-col-problem = کیا غلط ہے
authoring-problem-missing-sheet = ورک بک کو درکار ایک شیٹ موجود نہیں۔
authoring-problem-missing-column = اس شیٹ کو درکار ایک کالم اس کے ہیڈر میں نہیں۔
authoring-problem-missing-name = اس قطار کو ایک نام چاہیے۔
authoring-problem-duplicate-name = یہ نام دو بار استعمال ہوا ہے؛ اسے منفرد ہونا چاہیے۔
authoring-problem-invalid-name = نام میں صرف حروف، ہندسے، ہائفن اور انڈر اسکور ہو سکتے ہیں۔
authoring-problem-unknown-type = یہ قسم ورک بک کی ترتیب میں نہیں ہے۔
authoring-problem-unknown-language = یہ ایسی زبان ہے جسے ایپ سپورٹ نہیں کرتی۔
authoring-problem-missing-label = طے شدہ زبان میں متن موجود نہیں۔
authoring-problem-expression-syntax = یہ شرط پڑھی نہیں جا سکتی۔
authoring-problem-unknown-item = یہ شرط ایسے آئٹم کا نام لیتی ہے جو چیک لسٹ میں نہیں۔
authoring-problem-later-item = یہ شرط اسی آئٹم یا اس کے بعد والے کا نام لیتی ہے۔
authoring-problem-value-does-not-fit = یہ شرط آئٹم کا ایسی قدر سے موازنہ کرتی ہے جس سے اس کا جواب نہیں دیا جا سکتا۔
authoring-problem-invalid-number = اس خانے میں ایک عدد ہونا چاہیے۔
authoring-problem-negative-weight = وزن صفر سے کم نہیں ہو سکتا۔
authoring-problem-stage-weight-zero = یہ مرحلہ شمار ہوتا ہے، لیکن اس کے تمام اسکور والے آئٹمز کا وزن صفر ہے۔
authoring-problem-missing-choice-list = انتخاب کی شیٹ میں اس نام کی کوئی فہرست نہیں۔
authoring-problem-unused-choice-list = کوئی آئٹم انتخاب کی یہ فہرست استعمال نہیں کرتا۔
authoring-problem-score-out-of-range = انتخاب کا اسکور 0 اور 1 کے درمیان ہونا چاہیے۔
authoring-problem-unmatched-begin-group = یہ گروپ کبھی بند نہیں ہوتا، یا کسی اور گروپ کے اندر ہے۔
authoring-problem-unmatched-end-group = گروپ کے اس اختتام کے لیے کوئی گروپ کھلا نہیں۔
authoring-problem-item-outside-stage = یہ آئٹم ہر گروپ سے باہر ہے؛ ہر آئٹم کسی مرحلے کا حصہ ہوتا ہے۔
authoring-problem-no-stages = چیک لسٹ میں کوئی مرحلہ نہیں۔
authoring-problem-invalid-version = ورژن صفر سے بڑا مکمل عدد ہونا چاہیے۔
authoring-problem-version-not-above = ورژن شائع شدہ ورژن سے بڑا ہونا چاہیے۔
authoring-problem-unknown-role = کردار shopper یا citizen ہونا چاہیے۔
authoring-problem-invalid-flag = اس خانے میں ہاں یا نہیں ہونا چاہیے۔
authoring-problem-invalid-evidence = ناکام جواب کے ساتھ تصویر، تبصرہ، دونوں یا کچھ نہیں ہونا چاہیے۔
authoring-problem-missing-target = دورانیے کو صفر سے زیادہ ہدف وقت چاہیے۔
authoring-problem-misplaced-setting = یہ ترتیب اس قسم کے آئٹم پر لاگو نہیں ہوتی۔
authoring-problem-invalid-checklist = پڑھی گئی چیک لسٹ اسکورنگ کے کسی اصول کو توڑتی ہے۔
authoring-problem-unknown-reference = یہ قطار ایسے ادارے یا خدمت کا نام لیتی ہے جو کیٹلاگ میں نہیں۔
authoring-problem-out-of-range = یہ عرض بلد، طول بلد یا رداس زمین پر کسی جگہ کے لیے ممکن حد سے باہر ہے۔
authoring-problem-missing-translation = کچھ قطاروں میں اس زبان کا متن نہیں؛ وہاں طے شدہ زبان دکھائی جاتی ہے۔
authoring-problem-typographic-quotes = شرط میں خمدار اقتباس کے نشانات سادہ پڑھے گئے۔
authoring-problem-header-spaces = اس ہیڈر سے پہلے یا بعد میں خالی جگہ ہے۔
authoring-problem-left-to-right-text = دائیں سے بائیں والا یہ خانہ بائیں سے دائیں متن سے شروع ہوتا ہے۔
admin-preview = پیش منظر
admin-preview-language = پیش منظر کی زبان
admin-preview-note = جیسے { $audience } اسے دیکھے گا۔ یہاں دیے گئے جواب محفوظ نہیں ہوتے۔
admin-audience-shopper = خفیہ خریدار
admin-audience-citizen = ملاقاتی
admin-published-checklists = شائع شدہ چیک لسٹیں
admin-col-version = ورژن
admin-col-published-at = اشاعت کی تاریخ
admin-col-published-by = شائع کنندہ
admin-col-workbook = ورک بک
admin-published-by-server = سرور (بلٹ ان)
admin-download-version = ورژن { $version } ڈاؤن لوڈ کریں
admin-saved = محفوظ ہو گیا: { $place }
admin-compare-from = اس ورژن سے
admin-compare-to = اس ورژن تک
admin-compare = تبدیلیاں دکھائیں
admin-diff-heading = ورژن { $from } سے ورژن { $to } تک
admin-diff-none = ان ورژنز کے درمیان کچھ نہیں بدلا۔
admin-diff-title = عنوان
admin-diff-stages-added = شامل کیے گئے مراحل
admin-diff-stages-removed = ہٹائے گئے مراحل
admin-diff-stages-changed = بدلے گئے مراحل
admin-diff-items-added = شامل کیے گئے آئٹمز
admin-diff-items-removed = ہٹائے گئے آئٹمز
admin-diff-items-changed = بدلے گئے آئٹمز
admin-change-none = (کچھ نہیں)
admin-change-always = ہمیشہ دکھایا جاتا ہے
admin-yes = ہاں
admin-no = نہیں
admin-change-label = { $language } میں لیبل: “{ $from }” ← “{ $to }”
admin-change-hint = { $language } میں اشارہ: “{ $from }” ← “{ $to }”
admin-change-weight = وزن: { $from } ← { $to }
admin-change-logic = کب دکھایا جاتا ہے: { $from } ← { $to }
admin-change-kind = جواب کی قسم: { $from } ← { $to }
admin-change-required = لازمی: { $from } ← { $to }
admin-change-evidence = ناکام جواب کے ساتھ کیا ہونا چاہیے: { $from } ← { $to }
admin-change-stage = مرحلہ { $from } سے مرحلہ { $to } میں منتقل
admin-catalogue-intro = کیٹلاگ ورک بک کے طور پر ڈاؤن لوڈ کریں (شیٹس entities، services اور centres)، اس میں ترمیم کریں، جانچ کے لیے اپ لوڈ کریں، پھر لاگو کریں۔ قطاریں اپنی شناخت سے شامل یا تازہ ہوتی ہیں اور کبھی حذف نہیں ہوتیں؛ غیر فعال کیا گیا مرکز نئے دوروں سے نکل جاتا ہے۔
admin-catalogue-current = موجودہ کیٹلاگ
admin-download-catalogue = کیٹلاگ ڈاؤن لوڈ کریں (.xlsx)
admin-upload-catalogue = کیٹلاگ اپ لوڈ کریں
admin-catalogue-ready = بغیر غلطی کے پڑھا گیا: { $entities } ادارے، { $services } خدمات، { $centres } مراکز۔ ابھی کچھ نہیں بدلا۔
admin-catalogue-applied = لاگو ہو گیا: { $entities } ادارے، { $services } خدمات، { $centres } مراکز شامل یا تازہ ہوئے۔
admin-not-applicable = { $count ->
    [one] ورک بک میں ایک غلطی ہے؛ درست ہونے تک کچھ لاگو نہیں ہو سکتا۔
   *[other] ورک بک میں { $count } غلطیاں ہیں؛ درست ہونے تک کچھ لاگو نہیں ہو سکتا۔
}
admin-apply = لاگو کریں
admin-applying = لاگو ہو رہا ہے…
admin-catalogue-rows = پڑھی گئی قطاریں
admin-entities = ادارے
admin-services = خدمات
admin-centres = مراکز
admin-col-id = شناخت
admin-col-name = نام
admin-col-entity = ادارہ
admin-col-coordinates = عرض بلد، طول بلد
admin-col-geofence = جغرافیائی حد
admin-col-active = فعال
admin-metres = { $metres } میٹر
