# The screens' print panel: reports and QR posters as PDF.

print-title = الطباعة
print-report = تنزيل التقرير (PDF)
print-format = مقاس الورق لرموز QR
print-format-a6 = بطاقة طاولة A6
print-format-a5 = بطاقة طاولة A5
print-format-a4 = ملصق كاونتر A4
print-format-a3 = ملصق حائط A3
print-counters = الكاونترات أو نقاط الخدمة، واحد في كل سطر (اختياري)
print-counters-hint = لكل كاونتر صفحة خاصة ورابط يحمل اسمه، لتمييز تقييماته.
print-posters = طباعة رموز QR (PDF)
