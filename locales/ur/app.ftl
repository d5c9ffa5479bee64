# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = اردو
app-name = مسٹری شاپر
go-home = شروع پر جائیں
not-found-title = یہ صفحہ موجود نہیں
store-failed-title = ایپ اس ڈیوائس پر اپنا اسٹوریج نہیں کھول پا رہی
settings-set-aside = اس ڈیوائس پر محفوظ ترتیبات پڑھی نہیں جا سکیں۔ ان کی ایک نقل الگ رکھ دی گئی ہے اور اب طے شدہ ترتیبات استعمال ہو رہی ہیں: براہ کرم ترتیبات میں اپنے انتخاب دیکھ لیں۔
cancel = منسوخ کریں
save = محفوظ کریں
saved = محفوظ ہو گیا
previous = پیچھے
next = آگے

## Connection and outbox badge

connection-online = آن لائن
connection-offline = آف لائن — آپ کا کام اس ڈیوائس پر محفوظ ہے
connection-unknown = رابطہ ہو رہا ہے…
outbox-badge = { $count ->
    [0] اپ لوڈ کے لیے کچھ باقی نہیں
    [one] 1 جائزہ اپ لوڈ ہونے کا منتظر ہے
   *[other] { $count } جائزے اپ لوڈ ہونے کے منتظر ہیں
}

## First run and settings

welcome-title = خوش آمدید
welcome-lead = کسی سرکاری سروس مرکز کے اپنے دورے کے بارے میں رائے دیں، یا اپنے ذمے لگایا گیا جائزہ مکمل کریں۔
language-label = زبان
welcome-role = یہ ایپ کون استعمال کر رہا ہے؟
role-citizen = میں وزیٹر ہوں
role-citizen-hint = چند ٹیپ میں دورے کے بارے میں رائے دیں
role-shopper = میں مسٹری شاپر ہوں
role-shopper-hint = مکمل جائزہ لیں
settings-title = ترتیبات
settings-server = سرور کا پتہ

## Finding a centre

centres-title = مرکز منتخب کریں
centres-search = نام سے تلاش کریں
centres-nearest = قریب ترین پہلے
centres-locating = آپ کا مقام معلوم کیا جا رہا ہے…
centres-entity = ادارہ
centres-all = تمام
centres-none-yet = مراکز کی فہرست ابھی ڈاؤن لوڈ نہیں ہوئی۔ ایک بار انٹرنیٹ سے منسلک ہوں، یا مرکز کے QR کوڈ والا لنک کھولیں۔
centres-no-match = آپ کی تلاش کے مطابق کوئی مرکز نہیں ملا۔
distance-km = { $km } کلومیٹر دور

## Citizen rating

face-happy = خوش
face-neutral = درمیانہ
face-unhappy = ناخوش
rate-more = مزید تفصیلات شامل کریں (اختیاری)
rate-comment = آپ کا تبصرہ
rate-employee = ملازم کا نام یا کاؤنٹر نمبر
rate-submit = میری رائے بھیجیں
rate-unknown-centre = یہ مرکز فہرست میں نہیں ہے
rate-unknown-centre-hint = لنک یا QR کوڈ چیک کریں، یا فہرست سے مرکز منتخب کریں۔
checklist-missing = جائزے کا یہ فارم ابھی اس ڈیوائس پر دستیاب نہیں۔
missing-item = براہ کرم جواب دیں: { $item }
confirm-thanks = آپ کے جائزے کا شکریہ
confirm-sending = بھیجا جا رہا ہے…
confirm-sent = بھیج دیا گیا۔ مرکز آپ کا جائزہ دیکھ سکے گا۔
confirm-saved = اس ڈیوائس پر محفوظ ہو گیا۔ آپ کے دوبارہ آن لائن ہوتے ہی یہ خود بخود بھیج دیا جائے گا۔
confirm-refused = یہ بھیجا نہیں جا سکا: { $reason }
confirm-again = کسی اور دورے کے بارے میں رائے دیں

## Answers

answer-yes = ہاں
answer-no = نہیں
answer-na = لاگو نہیں
scale-1 = 1 — بہت خراب
scale-2 = 2 — خراب
scale-3 = 3 — قابلِ قبول
scale-4 = 4 — اچھا
scale-5 = 5 — بہترین
unit-minutes = { $count ->
    [one] منٹ (ہدف: 1 منٹ)
   *[other] منٹ (ہدف: { $count } منٹ)
}
evidence-photo-needed = براہ کرم ایسی تصویر شامل کریں جس میں یہ نظر آئے۔
evidence-comment-needed = براہ کرم تبصرے میں بتائیں کہ کیا ہوا۔
comment-add = تبصرہ شامل کریں
comment-label = تبصرہ
comment-placeholder = آپ نے کیا دیکھا؟
photo-add = تصویر شامل کریں
photo-processing = تصویر تیار کی جا رہی ہے…
photo-not-an-image = یہ فائل تصویر نہیں ہے۔ JPEG یا PNG تصویر منتخب کریں۔
photo-unreadable = تصویر پڑھی نہیں جا سکی: { $reason }
photo-count = { $count ->
    [one] 1 تصویر
   *[other] { $count } تصاویر
}

## Shopper visits

sign-in-title = سائن اِن
sign-in-username = صارف نام
sign-in-password = پاس ورڈ
sign-in-submit = سائن اِن کریں
sign-in-wrong = صارف نام یا پاس ورڈ غلط ہے۔
sign-in-offline = سرور سے رابطہ نہیں ہو سکا۔ کنکشن چیک کر کے دوبارہ کوشش کریں۔
sign-in-as = آپ { $name } کے طور پر سائن اِن ہیں
sign-out = سائن آؤٹ کریں
visits-title = میرے دورے
visits-sign-in-first = سائن اِن کریں تاکہ آپ کے جائزے اپ لوڈ ہو سکیں۔
visits-in-progress = جاری دورے
visits-new = نیا دورہ شروع کریں
visits-centre = مرکز
visits-service = سروس
visits-start = دورہ شروع کریں
answered-count = { $count ->
    [one] اب تک 1 جواب
   *[other] اب تک { $count } جوابات
}
visit-not-found = یہ دورہ اس ڈیوائس پر موجود نہیں۔
visit-submitted = یہ دورہ جمع کرایا جا چکا ہے۔
visit-progress = جائزے کی پیش رفت
visit-stages = دورے کے مراحل
visit-review = نظرِ ثانی کریں اور جمع کرائیں
check-in = ابھی چیک اِن کریں
check-in-needed = مرکز پہنچ کر چیک اِن کریں: اس سے وقت اور آپ کا مقام درج ہو جاتا ہے۔
checked-in-at = { $time } پر چیک اِن ہوا۔
check-in-inside = مرکز کے اندر۔
check-in-outside = مرکز کے علاقے سے باہر۔
check-in-no-location = مقام دستیاب نہیں۔
timer-start = ٹائمر شروع کریں
timer-stop = ٹائمر روکیں

## Summary

summary-title = اپنے جائزے پر نظرِ ثانی کریں
summary-complete = تمام ضروری سوالات کے جواب دے دیے گئے ہیں۔
summary-missing = { $count ->
    [one] 1 نکتے پر ابھی توجہ درکار ہے
   *[other] { $count } نکات پر ابھی توجہ درکار ہے
}
missing-answer = جواب درکار ہے
missing-photo = تصویر درکار ہے
missing-comment = تبصرہ درکار ہے
summary-score = مرحلہ وار اسکور
summary-stage = مرحلہ
summary-percent = اسکور
summary-overall = پورا جائزہ
summary-employee = ملازم کا نام یا کاؤنٹر نمبر
summary-comment = مجموعی تبصرہ
summary-submit = جائزہ جمع کرائیں

## Outbox

outbox-title = آؤٹ باکس
outbox-empty = اس ڈیوائس پر ابھی کوئی جائزہ نہیں۔
outbox-kind-rating = رائے
outbox-kind-visit = دورہ
outbox-resume = جاری رکھیں
outbox-delete = حذف کریں
outbox-delete-confirm = یہ مسودہ حذف کریں؟ اسے واپس نہیں لایا جا سکے گا۔
outbox-delete-yes = ہاں، حذف کریں
outbox-retry = دوبارہ کوشش کریں
state-draft = مسودہ — ابھی جمع نہیں کرایا گیا
state-waiting = اپ لوڈ کا منتظر
state-uploading = اپ لوڈ ہو رہا ہے…
state-uploaded = اپ لوڈ ہو گیا
state-retrying = ابھی اپ لوڈ نہیں ہوا — خود بخود دوبارہ کوشش کی جائے گی
state-refused = سرور نے اسے قبول نہیں کیا: { $reason }
state-needs-sign-in = اپ لوڈ کرنے کے لیے سائن اِن کریں

## Why the server refused an evaluation (by the server's error code)

error-conflict = اسی نمبر کے ساتھ ایک مختلف جائزہ پہلے ہی بھیجا جا چکا ہے۔
error-not-returned = اس جائزے کا معائنہ ہو رہا ہے اور اسے ابھی تبدیل نہیں کیا جا سکتا۔
error-revision-out-of-order = جائزے کا یہ ورژن سرور پر موجود آخری ورژن کے بعد کا نہیں ہے۔
error-unknown-centre = سرور اب اس مرکز کو نہیں پہچانتا۔
error-unknown-service = مرکز اب یہ سروس فراہم نہیں کرتا۔
error-unknown-template = سرور فارم کے اس ورژن کو نہیں پہچانتا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-template-mismatch = جائزہ اپنے فارم سے مطابقت نہیں رکھتا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-invalid-role = یہ فارم اس کردار میں استعمال نہیں ہو سکتا۔
error-missing-answer = ایک لازمی جواب موجود نہیں۔
error-missing-photo = ایک لازمی تصویر موجود نہیں۔
error-missing-comment = ایک لازمی تبصرہ موجود نہیں۔
error-photo-missing = ایک تصویر سرور تک نہیں پہنچی۔ دوبارہ کوشش کریں۔
error-too-large = جائزہ یا اس کی کوئی تصویر بہت بڑی ہے۔
error-invalid-workbook = یہ فائل ایسی ورک بک نہیں جسے سرور پڑھ سکے، یا بہت بڑی ہے۔ اسے دوبارہ ‎.xlsx کے طور پر محفوظ کریں۔
error-password-change-required = پہلے اپنا عارضی پاس ورڈ تبدیل کریں۔
error-weak-password = لمبا پاس ورڈ چنیں: کم از کم 12 حروف، صارف نام نہیں، عام پاس ورڈ نہیں۔
error-too-long = کوئی متن بہت لمبا ہے۔
error-invalid-field = سرور جائزے کا کچھ حصہ نہیں پڑھ سکا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-wrong-kind = کسی جواب کا فارمیٹ درست نہیں۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-invalid-value = ایک جواب قابلِ قبول نہیں۔
error-unknown-item = جائزے میں ایسا جواب ہے جو فارم میں پوچھا ہی نہیں گیا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-bad-json = سرور جائزہ نہیں پڑھ سکا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-id-mismatch = جائزے کا نمبر مطابقت نہیں رکھتا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-hash-mismatch = ایک تصویر راستے میں خراب ہو گئی۔ دوبارہ کوشش کریں۔
error-not-an-image = ایک تصویر کو تصویر کے طور پر پڑھا نہیں جا سکا۔
error-forbidden = آپ کے اکاؤنٹ کو یہ جائزہ بھیجنے کی اجازت نہیں۔
error-unauthorized = یہ جائزہ بھیجنے کے لیے دوبارہ سائن اِن کریں۔
error-invalid-id = جائزے کا نمبر درست نہیں۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-invalid-photo-id = ایک تصویر کا نام درست نہیں۔ براہ کرم ایپ اپ ڈیٹ کریں۔

## اس ڈیوائس پر محفوظ کرنا

store-save-failed = اس ڈیوائس پر محفوظ نہیں ہوا۔ آپ نے جو لکھا وہ یہیں موجود ہے؛ براہ کرم دوبارہ کوشش کریں۔
store-read-failed = اس ڈیوائس پر محفوظ جائزے پڑھے نہیں جا سکے۔ ایپ بند کر کے دوبارہ کھولیں؛ اگر ایسا بار بار ہو تو مدد لیں۔

## سائن آؤٹ

sign-out-waiting = کچھ دورے اپ لوڈ کے منتظر ہیں اور ان کے لیے آپ کا سائن ان ضروری ہے۔ وہ اسی ڈیوائس پر رہیں گے اور دوبارہ سائن ان کرنے کے بعد اپ لوڈ ہوں گے۔
sign-out-yes = پھر بھی سائن آؤٹ کریں
signed-out = آپ سائن آؤٹ ہو گئے ہیں۔

## سرور کی بتائی ہوئی مزید وجوہات (غلطی کے کوڈ کے مطابق)

error-rate-limited = ابھی یہاں سے بہت زیادہ ریٹنگز بھیجی گئیں۔ آپ کی ریٹنگ محفوظ ہے اور کچھ دیر بعد خود بخود بھیج دی جائے گی۔
error-too-many-attempts = سائن ان کی بہت زیادہ کوششیں۔ چند منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-staff-cannot-rate = عملے کا اکاؤنٹ کسی وزیٹر کی ریٹنگ نہیں بھیج سکتا۔ سائن آؤٹ کریں، پھر دوبارہ بھیجیں۔
error-citizen-not-revisable = وزیٹر کی ریٹنگ بھیجے جانے کے بعد تبدیل نہیں کی جا سکتی۔
error-photo-has-metadata = ایک تصویر میں ابھی بھی چھپی ہوئی تفصیلات ہیں، جیسے وہ کہاں لی گئی۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-photo-too-large = ایک تصویر بہت بڑی ہے۔ اسے دوبارہ لیں یا چھوٹی تصویر منتخب کریں۔
error-implausible-value = ایک جواب درست نہیں ہو سکتا، مثلاً بہت لمبا انتظار کا وقت۔ اسے جانچ کر دوبارہ کوشش کریں۔
error-unknown-locale = سرور اس جائزے کی زبان نہیں جانتا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-unsupported-media-type = سرور اس قسم کی فائل قبول نہیں کرتا۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-unknown-kiosk = یہ کیوسک رجسٹرڈ نہیں ہے۔ مرکز کے عملے سے اسے دوبارہ رجسٹر کرنے کو کہیں۔
error-kiosk-wrong-centre = یہ کیوسک کسی دوسرے مرکز کے لیے رجسٹرڈ ہے۔ مرکز کے عملے سے اسے چیک کرنے کو کہیں۔
error-invalid-path = ایپ نے ایسا پتہ استعمال کیا جو سرور قبول نہیں کرتا۔ براہ کرم ایپ اپ ڈیٹ کریں۔

error-bad-body = درخواست پڑھی نہیں جا سکی۔ براہ کرم دوبارہ کوشش کریں۔
error-bad-query = تلاش یا فلٹر سمجھ میں نہیں آیا۔
error-internal = سرور پر کچھ غلط ہو گیا۔ کچھ تبدیل نہیں ہوا؛ براہ کرم بعد میں دوبارہ کوشش کریں۔
error-method-not-allowed = یہاں یہ عمل ممکن نہیں۔
error-not-found = سرور کے پاس مطلوبہ چیز نہیں ہے۔
connection-offline-short = آف لائن
rate-loading-centre = مرکز لوڈ ہو رہا ہے…
rate-catalogue-unavailable = مراکز کی فہرست ابھی اس ڈیوائس پر نہیں ہے۔ انٹرنیٹ سے جڑیں اور دوبارہ کوشش کریں۔
photo-remove = یہ تصویر ہٹائیں
photo-thumbnail = تصویر { $number }
visits-change-centre = مرکز تبدیل کریں
visits-service-needed = وہ سروس منتخب کریں جس کا آپ جائزہ لے رہے ہیں۔
settings-digits = ہندسے
error-illegal-transition = جائزے کی موجودہ حیثیت سے یہ فیصلہ ممکن نہیں۔
error-evidence-required = اس اقدام کو مکمل قرار دینے کے لیے یہ بتانے والا تبصرہ ضروری ہے کہ کیا کیا گیا، اور جہاں اقدام مانگے وہاں تصویر بھی۔
error-comment-required = جائزہ واپس کرتے یا مسترد کرتے وقت تبصرے میں وجہ لکھیں۔

role-supervisor = میں جائزوں کی جانچ کرتا ہوں یا مرکز چلاتا ہوں (عملہ)
review-status-received = موصول
review-status-has-issues = مسائل ہیں
review-status-returned = خریدار کو واپس
review-status-approved = منظور
review-status-rejected = مسترد
review-inbox-title = جانچ کے لیے جائزے
review-filter-status = حیثیت
review-filter-role = کس نے جائزہ لیا
review-all = سب
review-role-citizen = شہری
review-role-shopper = خفیہ خریدار
review-count = ملنے والے جائزے: { $count }
review-inbox-empty = ان فلٹرز کے ساتھ یہاں کچھ نہیں۔
review-select = منتخب کریں
review-col-centre = مرکز
review-col-role = از
review-col-visit = دورہ
review-col-score = اسکور
review-col-status = حیثیت
review-col-photos = تصاویر
review-col-place = چیک اِن
review-more = مزید دکھائیں
review-bulk-done = منظور شدہ: { $count }
review-bulk-confirm = منتخب جائزے منظور کریں ({ $count })؟
review-approve = منظور کریں
review-approve-selected = منتخب منظور کریں ({ $count })
review-visit-photos = دورے کی تصاویر
review-no-check-in = کوئی چیک اِن نہیں
review-outside-by = مرکز کے علاقے سے { $metres } میٹر باہر
review-by = بھیجنے والا
review-minutes-of-target = { $minutes } منٹ (ہدف { $target } منٹ)
review-history = تاریخچہ
review-received-revision = نظرِ ثانی { $revision } موصول
review-commented = تبصرہ
review-no-moves = ابھی کوئی فیصلہ ممکن نہیں: یہ خریدار کا منتظر ہے۔
review-comment = خریدار یا ریکارڈ کے لیے تبصرہ
review-do-approved = منظور کریں
review-do-has-issues = مسائل والا قرار دیں
review-do-rejected = مسترد کریں
review-do-returned = خریدار کو واپس کریں
review-compared = نظرِ ثانی { $revision }؛ نظرِ ثانی { $previous } کے بعد جو بدلا وہ نشان زد ہے۔
review-was = پہلے: { $answer }
visit-returned = نگران نے واپس کیا: { $comment }
review-from = سے
review-to = تک
review-next = اگلا جائزہ
review-filters = فلٹر

## Centre performance
review-places = جائزہ
stats-title = کارکردگی
stats-period = مدت
stats-last-30 = پچھلے 30 دن
stats-last-90 = پچھلے 90 دن
stats-last-365 = پچھلے 12 مہینے
stats-entity = ادارہ
stats-combined = مجموعی اشاریہ
stats-customer = صارفین کا اشاریہ
stats-audit = آڈٹ اشاریہ
stats-rating = درجہ بندی
stats-rank = نمبر
stats-evaluations = جائزے
stats-evaluation-count = جائزوں کی تعداد: { $count }
stats-answer-count = جوابات کی تعداد: { $count }
stats-stars = { $max } میں سے { $stars } ستارے
stats-too-few = درجہ بندی کے لیے بہت کم
stats-no-rating = ابھی درجہ بندی نہیں ہوئی
stats-league = مراکز
stats-no-centres = دکھانے کے لیے کوئی مرکز نہیں۔
stats-back = تمام مراکز
stats-trend = رجحان
stats-trend-summary = مدت کے دوران مجموعی اشاریہ اور دونوں اشاریے
stats-trend-table = اعداد جدول میں دکھائیں
stats-week = ہفتہ { $week }
stats-stages = صارف کے سفر کے مراحل
stats-no-evaluations = اس مدت میں کوئی جائزہ شمار نہیں ہوتا۔
stats-happiness = شہریوں کی خوشی
stats-no-citizens = اس مدت میں شہریوں کی کوئی درجہ بندی نہیں۔
stats-reasons = ناخوشی کی بتائی گئی وجوہات
stats-strengths = خوبیاں
stats-weaknesses = بہتری کے مواقع
stats-too-few-items = ابھی فیصلے کے لیے جوابات بہت کم ہیں۔
stats-employees = ملازمین اور کاؤنٹر
stats-no-employees = اس مدت میں کسی ملازم یا کاؤنٹر کا نام نہیں لیا گیا۔
stats-alerts = انتباہات
stats-alert-text = { $minutes } منٹ میں { $ratings } میں سے { $unhappy } درجہ بندیاں ناخوش
stats-alert-cleared = اب معمول پر
stats-acknowledge = دیکھ لیا
stats-exports = برآمدات
stats-export-evaluations-csv = جائزے (CSV)
stats-export-evaluations-xlsx = جائزے (Excel)
stats-export-answers-csv = جوابات (CSV)
stats-export-rows = { $total } میں سے { $done } قطاریں
stats-export-bytes = { $kb } KB موصول
stats-export-saved = محفوظ ہو گیا: { $place }
stats-settings = ستارے کیسے دیے جاتے ہیں
stats-settings-customer-weight = صارفین کے اشاریے کا وزن (%)
stats-settings-min-customer-count = ستاروں کے لیے درکار شہری درجہ بندیاں
stats-settings-min-audit-count = ستاروں کے لیے درکار منظور شدہ آڈٹ
stats-settings-band = { $stars } ستارے (%) سے
stats-settings-bands = ستاروں کے درجے
stats-settings-save = محفوظ کریں
stats-settings-saved = محفوظ ہو گیا؛ اب سے تمام اعداد یہی استعمال کریں گے۔
stats-settings-not-number = عدد نہیں: { $field }

## Proof of visit
review-filter-flag = دورے کا ثبوت
proof-flag-outside-geofence = مرکز سے باہر چیک اِن
proof-flag-no-location = کوئی مقام نہیں
proof-flag-duplicate-photos = تصویر کسی اور جائزے میں استعمال ہوئی
proof-flag-clock-skew = آلے کی گھڑی غلط تھی
proof-clock-offset = آلے کی گھڑی { $minutes } منٹ آگے پیچھے تھی؛ دورے کے اوقات درست کر دیے گئے۔
check-in-accuracy = ± { $metres } میٹر
location-denied = اس ایپ کے لیے مقام بند ہے: چیک اِن اس کے بغیر محفوظ ہے۔ آپ آلے کی ترتیبات میں اجازت دے سکتے ہیں۔
location-timeout = وقت پر مقام نہیں ملا: چیک اِن اس کے بغیر محفوظ ہے۔
location-unavailable = اس آلے پر مقام کی سروس بند ہے: چیک اِن اس کے بغیر محفوظ ہے۔
photo-from-library = گیلری سے منتخب کریں
