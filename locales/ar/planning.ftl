# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = زار هذا المتسوق هذا المركز مؤخرًا، أو لديه زيارة مقررة إليه قريبًا: فترة المنع في الموجة لا تسمح بزيارة أخرى بهذا القرب.
error-daily-cap = لدى هذا المتسوق بالفعل أكبر عدد من الزيارات تسمح به الموجة في ذلك اليوم.
error-wave-cap = لدى هذا المتسوق بالفعل أكبر عدد من زيارات هذه الموجة تسمح به لمتسوق واحد.
error-held-cap = لدى هذا المتسوق بالفعل أكبر عدد مسموح به من الزيارات التي لم تُرسل بعد. أرسل إحداها أو تخلَّ عنها أولًا.
error-spacing = لدى هذا المتسوق زيارة إلى مركز آخر تابع للجهة نفسها قريبة جدًا من ذلك اليوم.
error-grade = درجة هذا المتسوق أقل من الحد الأدنى الذي تطلبه الموجة.
error-shopper-inactive = حساب هذا المتسوق غير نشط.
error-reason-required = اذكر السبب.
error-illegal-assignment-move = هذا غير ممكن من الحالة الحالية للزيارة.
error-illegal-wave-move = هذا غير ممكن من الحالة الحالية للموجة.
error-wave-not-published = الموجة غير منشورة، لذا لا يمكن أخذ زياراتها.
error-invalid-wave = أحد حقول الموجة مفقود أو غير مسموح به. تحقق من الحقل المشار إليه.
error-invalid-grade = الدرجة عدد صحيح من 1 إلى 10.
error-not-approved = لا تُمنح درجة إلا لتقييم معتمد.
error-unknown-shopper = لا يوجد متسوّق نشط بهذا الاسم.
