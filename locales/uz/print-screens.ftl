# The screens' print panel: reports and QR posters as PDF.

print-title = Chop etish
print-report = Hisobotni yuklab olish (PDF)
print-format = QR kodlar uchun qog'oz o'lchami
print-format-a6 = A6 stol kartasi
print-format-a5 = A5 stol kartasi
print-format-a4 = A4 darcha plakati
print-format-a3 = A3 devor plakati
print-counters = Darchalar yoki xizmat nuqtalari, har qatorda bittadan (ixtiyoriy)
print-counters-hint = Har bir darchaning o'z sahifasi va nomi yozilgan havolasi bo'ladi, shunda uning baholari ajratiladi.
print-posters = QR kodlarni chop etish (PDF)
