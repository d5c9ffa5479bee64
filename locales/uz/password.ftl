# Choosing one's own password after an admin gave a temporary one.

password-temporary = Hisobingizda vaqtinchalik parol bor. Davom etish uchun oʻz parolingizni tanlang.
password-new = Yangi parol
password-confirm = Yangi parol yana bir bor
password-rules = Kamida 12 belgi; foydalanuvchi nomingiz emas, keng tarqalgan parol emas.
password-save = Parolni saqlash
password-mismatch = Ikki parol bir-biriga mos emas.
password-current = Joriy parol
password-change-title = Parolni oʻzgartirish
password-changed = Parolingiz oʻzgartirildi.
password-rules-lead = Joriy parolni, soʻng yangisini ikki marta kiriting.
