# The screens' print panel: reports and QR posters as PDF.

print-title = پرنٹ
print-report = رپورٹ ڈاؤن لوڈ کریں (PDF)
print-format = QR کوڈز کے لیے کاغذ کا سائز
print-format-a6 = A6 میز کارڈ
print-format-a5 = A5 میز کارڈ
print-format-a4 = A4 کاؤنٹر پوسٹر
print-format-a3 = A3 دیوار پوسٹر
print-counters = کاؤنٹرز یا سروس پوائنٹس، ہر سطر میں ایک (اختیاری)
print-counters-hint = ہر کاؤنٹر کا اپنا صفحہ اور اپنے نام والا لنک ہوتا ہے، تاکہ اس کی درجہ بندیاں الگ پہچانی جا سکیں۔
print-posters = QR کوڈز پرنٹ کریں (PDF)
