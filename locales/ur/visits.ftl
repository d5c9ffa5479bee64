# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = منصوبہ بند دورے
planned-link-sub = آپ کو دیے گئے دورے، اور کھلے دورے جو آپ لے سکتے ہیں
planned-title = منصوبہ بند دورے
planned-sign-in-first = اپنے لیے منصوبہ بند دورے دیکھنے کے لیے سائن ان کریں۔
planned-mine = آپ کو دیے گئے
planned-mine-none = اس وقت آپ کو کوئی دورہ نہیں دیا گیا۔
planned-available = دستیاب دورے
planned-available-none = اس وقت لینے کے لیے کوئی کھلا دورہ نہیں ہے۔
planned-updated = آخری بار تازہ کیا گیا: { $time }
planned-never-updated = فہرست ابھی ڈاؤن لوڈ نہیں ہوئی۔ اپنے منصوبہ بند دورے دیکھنے کے لیے انٹرنیٹ سے جڑیں۔
planned-updating = تازہ ہو رہی ہے…
planned-offline = آپ آف لائن ہیں۔ یہ فہرست ویسی ہی ہے جیسی آخری بار ڈاؤن لوڈ ہوئی تھی۔
planned-sign-in-again = آپ کا سیشن ختم ہو گیا ہے۔ فہرست تازہ کرنے کے لیے دوبارہ سائن ان کریں۔
planned-not-updated = فہرست تازہ نہیں ہو سکی: { $reason }
planned-refresh = فہرست تازہ کریں
planned-wave = ویو
planned-service = سروس
planned-window = دورے کی مدت
planned-due = آخری تاریخ
planned-days = دن
planned-hours = اوقات
planned-scenario = آپ کو کیا کرنا ہے
planned-range = { $from } – { $to }
planned-due-today = آج آخری تاریخ ہے
planned-days-left = { $count ->
    [one] { $count } دن باقی
   *[other] { $count } دن باقی
}
planned-overdue = { $count ->
    [one] { $count } دن کی تاخیر
   *[other] { $count } دن کی تاخیر
}
planned-opens-on = آپ یہ دورہ { $date } سے شروع کر سکتے ہیں۔
planned-status = { $status ->
    [open] کھلا
    [assigned] آپ کو دیا گیا
    [in_progress] جاری
    [submitted] جمع ہو گیا
    [approved] منظور شدہ
    [returned] آپ کو واپس بھیجا گیا
    [expired] میعاد ختم
   *[cancelled] منسوخ
}
planned-start = دورہ شروع کریں
planned-resume = دورہ جاری رکھیں
planned-claim = یہ دورہ لیں
planned-release = واپس کر دیں
planned-release-confirm = یہ دورہ واپس کر دیں؟ پھر کوئی دوسرا شاپر اسے لے سکتا ہے۔
planned-release-yes = ہاں، واپس کر دیں
planned-needs-connection = دورہ لینے یا واپس کرنے کے لیے انٹرنیٹ سے جڑیں۔
planned-checklist-missing = اس دورے کی چیک لسٹ ابھی اس ڈیوائس پر نہیں ہے۔ انٹرنیٹ سے جڑ کر دوبارہ کوشش کریں۔
planned-action-failed = نہیں ہو سکا: { $reason }
planned-local-draft = اس ڈیوائس پر شروع کیا گیا
planned-local-waiting = مکمل، اپ لوڈ کا منتظر
planned-local-sent = مکمل اور اپ لوڈ ہو گیا
planned-not-linked = آپ کا جائزہ محفوظ ہے، لیکن اسے اس کے منصوبہ بند دورے میں شمار نہیں کیا گیا: { $reason }
planned-not-linked-plain = آپ کا جائزہ محفوظ ہے، لیکن اسے اس کے منصوبہ بند دورے میں شمار نہیں کیا گیا۔
planned-refused-lockout = اس مرکز کا آپ کا دوسرا دورہ اس دورے کے بہت قریب ہے۔
planned-refused-lockout-until = اس مرکز کا آپ کا دوسرا دورہ اس دورے کے بہت قریب ہے۔ آپ { $date } سے وہاں کا دورہ لے سکتے ہیں۔
planned-refused-daily-cap = اس دن آپ کے پاس پہلے ہی اجازت کے مطابق زیادہ سے زیادہ دورے ہیں۔
planned-refused-wave-cap = آپ کے پاس پہلے ہی اس ویو کے اتنے دورے ہیں جتنے ایک شاپر کو مل سکتے ہیں۔
planned-refused-held-cap = آپ کے پاس پہلے ہی اجازت کے مطابق زیادہ سے زیادہ ایسے دورے ہیں جو ابھی مکمل نہیں ہوئے۔ پہلے ایک مکمل کریں یا واپس کر دیں۔
planned-refused-spacing = اسی ادارے کے کسی دوسرے مرکز کا آپ کا دورہ اس دن کے بہت قریب ہے۔
planned-refused-spacing-until = اسی ادارے کے کسی دوسرے مرکز کا آپ کا دورہ اس دن کے بہت قریب ہے۔ آپ یہ دورہ { $date } سے لے سکتے ہیں۔
planned-refused-grade = آپ کا درجہ اس ویو کی مطلوبہ کم از کم حد سے کم ہے۔
planned-date = { $day } { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
} { $year }
planned-weekday = { $day ->
    [mon] پیر
    [tue] منگل
    [wed] بدھ
    [thu] جمعرات
    [fri] جمعہ
    [sat] ہفتہ
   *[sun] اتوار
}
