# الإدارة: قوائم التحقق والدليل في مصنفات (للمسؤولين فقط).
admin-title = الإدارة
admin-places = صفحات الإدارة
admin-checklists = قوائم التحقق
admin-catalogue = الدليل
admin-only = لا يفتح هذه الصفحة إلا المسؤول.
admin-sign-in = سجّل الدخول بصفتك مسؤولًا
admin-file-unreadable = تعذّرت قراءة الملف: { $reason }
admin-reading = جارٍ قراءة الملف…
admin-drop-here = أو أفلت الملف هنا
admin-choose-workbook = اختر مصنفًا (.xlsx)
admin-picked-file = الملف: { $name }
admin-checking = جارٍ فحص المصنف…
admin-checklists-intro = اكتب قائمة التحقق في مصنف (أوراق survey وchoices وsettings)، وارفعه لفحصه، واطّلع عليه بأي لغة، ثم انشره. تصل القائمة إلى الأجهزة عند مزامنتها التالية.
admin-upload-checklist = رفع قائمة تحقق
admin-read-checklist = «{ $title }» ({ $id }، الإصدار { $version })
admin-ready-to-publish = قُرئت دون أخطاء: { $what }. لم يُنشر شيء بعد.
admin-published = نُشرت: { $what }. تصل إلى الأجهزة عند مزامنتها التالية.
admin-not-publishable = { $count ->
    [one] في المصنف خطأ واحد؛ لا يمكن نشر شيء حتى يُصحَّح.
   *[other] في المصنف { $count } أخطاء؛ لا يمكن نشر شيء حتى تُصحَّح.
}
admin-publish = نشر
admin-publishing = جارٍ النشر…
admin-problems = المشكلات التي وُجدت
admin-problem-counts = { $errors ->
    [one] خطأ واحد
   *[other] { $errorsShown } أخطاء
}، { $warnings ->
    [one] تنبيه واحد
   *[other] { $warningsShown } تنبيهات
}
admin-severity-error = خطأ
admin-severity-warning = تنبيه
admin-col-severity = الخطورة
admin-col-sheet = الورقة
admin-col-row = الصف
admin-col-column = العمود
admin-col-cell = الخلية كما كُتبت
admin-col-problem = ما الخطأ
authoring-problem-missing-sheet = ورقة يحتاجها المصنف غير موجودة.
authoring-problem-missing-column = عمود تحتاجه هذه الورقة غير موجود في رأسها.
authoring-problem-missing-name = يحتاج هذا الصف إلى اسم.
authoring-problem-duplicate-name = هذا الاسم مستخدم مرتين، ويجب أن يكون فريدًا.
authoring-problem-invalid-name = لا يحتوي الاسم إلا على حروف وأرقام وشرطات وشرطات سفلية.
authoring-problem-unknown-type = هذا النوع ليس من الأنواع التي يعرفها تخطيط المصنف.
authoring-problem-unknown-language = هذه لغة لا يدعمها التطبيق.
authoring-problem-missing-label = النص باللغة الافتراضية غير موجود.
authoring-problem-expression-syntax = تتعذّر قراءة هذا الشرط.
authoring-problem-unknown-item = يذكر هذا الشرط بندًا ليس في قائمة التحقق.
authoring-problem-later-item = يذكر هذا الشرط البند نفسه أو بندًا بعده.
authoring-problem-value-does-not-fit = يقارن هذا الشرط بندًا بقيمة لا يمكن أن يُجاب بها.
authoring-problem-invalid-number = يجب أن تحتوي هذه الخلية على رقم.
authoring-problem-negative-weight = لا يمكن أن يكون الوزن أقل من صفر.
authoring-problem-stage-weight-zero = هذه المرحلة تُحتسب، لكن وزن كل بنودها المقيَّمة صفر.
authoring-problem-missing-choice-list = لا توجد في ورقة الخيارات قائمة بهذا الاسم.
authoring-problem-unused-choice-list = لا يستخدم أي بند قائمة الخيارات هذه.
authoring-problem-score-out-of-range = يجب أن تكون درجة الخيار بين 0 و1.
authoring-problem-unmatched-begin-group = هذه المجموعة لا تُغلق أبدًا، أو هي داخل مجموعة أخرى.
authoring-problem-unmatched-end-group = نهاية المجموعة هذه بلا مجموعة مفتوحة.
authoring-problem-item-outside-stage = هذا البند خارج كل المجموعات؛ كل بند ينتمي إلى مرحلة.
authoring-problem-no-stages = ليس في قائمة التحقق أي مرحلة.
authoring-problem-invalid-version = يجب أن يكون الإصدار عددًا صحيحًا أكبر من صفر.
authoring-problem-version-not-above = يجب أن يكون الإصدار أعلى من الإصدار المنشور.
authoring-problem-unknown-role = يجب أن يكون الدور متسوقًا خفيًا أو مواطنًا (shopper أو citizen).
authoring-problem-invalid-flag = يجب أن تقول هذه الخلية نعم أو لا.
authoring-problem-invalid-evidence = ما يجب أن تحمله الإجابة الفاشلة: صورة أو تعليق أو كلاهما أو لا شيء.
authoring-problem-missing-target = تحتاج المدة إلى وقت مستهدف أكبر من صفر.
authoring-problem-misplaced-setting = هذا الإعداد لا ينطبق على هذا النوع من البنود.
authoring-problem-invalid-checklist = قائمة التحقق المقروءة تخالف إحدى قواعد التقييم.
authoring-problem-unknown-reference = يذكر هذا الصف جهة أو خدمة ليست في الدليل.
authoring-problem-out-of-range = خط العرض أو خط الطول أو نصف القطر هذا خارج ما يمكن لمكان على الأرض.
authoring-problem-missing-translation = بعض الصفوف تنقصها نصوص هذه اللغة؛ تظهر هناك اللغة الافتراضية.
authoring-problem-typographic-quotes = قُرئت علامات الاقتباس المنحنية في الشرط على أنها عادية.
authoring-problem-header-spaces = في هذا الرأس مسافات قبله أو بعده.
authoring-problem-left-to-right-text = هذه الخلية من اليمين إلى اليسار تبدأ بنص من اليسار إلى اليمين.
admin-preview = معاينة
admin-preview-language = لغة المعاينة
admin-preview-note = كما سيراها { $audience }. الإجابات هنا لا تُحفظ.
admin-audience-shopper = المتسوق الخفي
admin-audience-citizen = الزائر
admin-published-checklists = قوائم التحقق المنشورة
admin-col-version = الإصدار
admin-col-published-at = تاريخ النشر
admin-col-published-by = نشرها
admin-col-workbook = المصنف
admin-published-by-server = الخادم (مدمجة)
admin-download-version = تنزيل الإصدار { $version }
admin-saved = حُفظ: { $place }
admin-compare-from = من الإصدار
admin-compare-to = إلى الإصدار
admin-compare = عرض التغييرات
admin-diff-heading = من الإصدار { $from } إلى الإصدار { $to }
admin-diff-none = لم يتغير شيء بين هذين الإصدارين.
admin-diff-title = العنوان
admin-diff-stages-added = مراحل أضيفت
admin-diff-stages-removed = مراحل حُذفت
admin-diff-stages-changed = مراحل تغيّرت
admin-diff-items-added = بنود أضيفت
admin-diff-items-removed = بنود حُذفت
admin-diff-items-changed = بنود تغيّرت
admin-change-none = (لا شيء)
admin-change-always = يظهر دائمًا
admin-yes = نعم
admin-no = لا
admin-change-label = التسمية بـ{ $language }: «{ $from }» ← «{ $to }»
admin-change-hint = التلميح بـ{ $language }: «{ $from }» ← «{ $to }»
admin-change-weight = الوزن: { $from } ← { $to }
admin-change-logic = متى يظهر: { $from } ← { $to }
admin-change-kind = نوع الإجابة: { $from } ← { $to }
admin-change-required = إلزامي: { $from } ← { $to }
admin-change-evidence = ما يجب أن تحمله الإجابة الفاشلة: { $from } ← { $to }
admin-change-stage = نُقل من المرحلة { $from } إلى المرحلة { $to }
admin-catalogue-intro = نزّل الدليل مصنفًا (أوراق entities وservices وcentres)، وعدّله، وارفعه لفحصه، ثم طبّقه. تُضاف الصفوف أو تُحدَّث بمعرّفها ولا تُحذف أبدًا؛ والمركز الذي يصبح غير نشط يخرج من الزيارات الجديدة.
admin-catalogue-current = الدليل الآن
admin-download-catalogue = تنزيل الدليل (.xlsx)
admin-upload-catalogue = رفع دليل
admin-catalogue-ready = قُرئ دون أخطاء: { $entities } جهات، { $services } خدمات، { $centres } مراكز. لم يتغير شيء بعد.
admin-catalogue-applied = طُبّق: أضيفت أو حُدّثت { $entities } جهات و{ $services } خدمات و{ $centres } مراكز.
admin-not-applicable = { $count ->
    [one] في المصنف خطأ واحد؛ لا يمكن تطبيق شيء حتى يُصحَّح.
   *[other] في المصنف { $count } أخطاء؛ لا يمكن تطبيق شيء حتى تُصحَّح.
}
admin-apply = تطبيق
admin-applying = جارٍ التطبيق…
admin-catalogue-rows = الصفوف المقروءة
admin-entities = الجهات
admin-services = الخدمات
admin-centres = المراكز
admin-col-id = المعرّف
admin-col-name = الاسم
admin-col-entity = الجهة
admin-col-coordinates = خط العرض، خط الطول
admin-col-geofence = السياج الجغرافي
admin-col-active = نشط
admin-metres = { $metres } م
