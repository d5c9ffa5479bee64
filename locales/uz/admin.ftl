# Boshqaruv: ish kitoblaridagi nazorat ro'yxatlari va katalog (faqat administratorlar uchun).
admin-title = Boshqaruv
admin-places = Boshqaruv sahifalari
admin-checklists = Nazorat ro'yxatlari
admin-catalogue = Katalog
admin-only = Bu sahifani faqat administrator ocha oladi.
admin-sign-in = Administrator sifatida kirish
admin-file-unreadable = Faylni o'qib bo'lmadi: { $reason }
admin-reading = Fayl o'qilmoqda…
admin-drop-here = yoki faylni shu yerga tashlang
admin-choose-workbook = Ish kitobini tanlang (.xlsx)
admin-picked-file = Fayl: { $name }
admin-checking = Ish kitobi tekshirilmoqda…
admin-checklists-intro = Nazorat ro'yxatini ish kitobida yozing (survey, choices va settings varaqlari), tekshirish uchun yuklang, istalgan tilda ko'ring, so'ng e'lon qiling. Qurilmalar uni keyingi sinxronlashda oladi.
admin-upload-checklist = Nazorat ro'yxatini yuklash
admin-read-checklist = “{ $title }” ({ $id }, { $version }-versiya)
admin-ready-to-publish = Xatosiz o'qildi: { $what }. Hali hech narsa e'lon qilinmadi.
admin-published = E'lon qilindi: { $what }. Qurilmalar uni keyingi sinxronlashda oladi.
admin-not-publishable = { $count ->
    [one] Ish kitobida bitta xato bor; u tuzatilmaguncha hech narsa e'lon qilinmaydi.
   *[other] Ish kitobida { $count } ta xato bor; ular tuzatilmaguncha hech narsa e'lon qilinmaydi.
}
admin-publish = E'lon qilish
admin-publishing = E'lon qilinmoqda…
admin-problems = Topilgan muammolar
admin-problem-counts = { $errors ->
    [one] Bitta xato
   *[other] { $errorsShown } ta xato
}, { $warnings ->
    [one] bitta ogohlantirish
   *[other] { $warningsShown } ta ogohlantirish
}
admin-severity-error = Xato
admin-severity-warning = Ogohlantirish
admin-col-severity = Jiddiylik
admin-col-sheet = Varaq
admin-col-row = Qator
admin-col-column = Ustun
admin-col-cell = Katak yozilganicha
admin-col-problem = Nima noto'g'ri
authoring-problem-missing-sheet = Ish kitobiga kerakli varaq yo'q.
authoring-problem-missing-column = Bu varaq sarlavhasida kerakli ustun yo'q.
authoring-problem-missing-name = Bu qatorga nom kerak.
authoring-problem-duplicate-name = Bu nom ikki marta ishlatilgan; u yagona bo'lishi kerak.
authoring-problem-invalid-name = Nomda faqat harflar, raqamlar, chiziqcha va pastki chiziq bo'lishi mumkin.
authoring-problem-unknown-type = Bu tur ish kitobi tuzilishida yo'q.
authoring-problem-unknown-language = Bu ilova qo'llab-quvvatlamaydigan til.
authoring-problem-missing-label = Asosiy tildagi matn yo'q.
authoring-problem-expression-syntax = Bu shartni o'qib bo'lmaydi.
authoring-problem-unknown-item = Bu shart nazorat ro'yxatida yo'q savolni nomlaydi.
authoring-problem-later-item = Bu shart savolning o'zini yoki undan keyingisini nomlaydi.
authoring-problem-value-does-not-fit = Bu shart savolni unga javob bo'la olmaydigan qiymat bilan solishtiradi.
authoring-problem-invalid-number = Bu katakda son bo'lishi kerak.
authoring-problem-negative-weight = Vazn noldan kichik bo'lishi mumkin emas.
authoring-problem-stage-weight-zero = Bu bosqich hisobga olinadi, lekin baholanadigan barcha savollarining vazni nol.
authoring-problem-missing-choice-list = Variantlar varag'ida bu nomdagi ro'yxat yo'q.
authoring-problem-unused-choice-list = Bu variantlar ro'yxatidan hech bir savol foydalanmaydi.
authoring-problem-score-out-of-range = Variant bali 0 va 1 oralig'ida bo'lishi kerak.
authoring-problem-unmatched-begin-group = Bu guruh hech qachon yopilmaydi yoki boshqa guruh ichida.
authoring-problem-unmatched-end-group = Guruhning bu oxiri uchun ochiq guruh yo'q.
authoring-problem-item-outside-stage = Bu savol barcha guruhlardan tashqarida; har bir savol biror bosqichga tegishli.
authoring-problem-no-stages = Nazorat ro'yxatida birorta ham bosqich yo'q.
authoring-problem-invalid-version = Versiya noldan katta butun son bo'lishi kerak.
authoring-problem-version-not-above = Versiya e'lon qilinganidan yuqori bo'lishi kerak.
authoring-problem-unknown-role = Rol shopper yoki citizen bo'lishi kerak.
authoring-problem-invalid-flag = Bu katakda ha yoki yo'q deyilishi kerak.
authoring-problem-invalid-evidence = Muvaffaqiyatsiz javob surat, izoh, ikkalasi yoki hech narsa bilan bo'lishi kerak.
authoring-problem-missing-target = Davomiylik uchun noldan katta maqsad vaqti kerak.
authoring-problem-misplaced-setting = Bu sozlama bu turdagi savolga tegishli emas.
authoring-problem-invalid-checklist = O'qilgan nazorat ro'yxati baholash qoidalaridan birini buzadi.
authoring-problem-unknown-reference = Bu qator katalogda yo'q tashkilot yoki xizmatni nomlaydi.
authoring-problem-out-of-range = Bu kenglik, uzunlik yoki radius Yerdagi joy uchun mumkin bo'lgan chegaradan tashqarida.
authoring-problem-missing-translation = Ba'zi qatorlarda bu tildagi matn yo'q; u yerda asosiy til ko'rsatiladi.
authoring-problem-typographic-quotes = Shartdagi egri qo'shtirnoqlar oddiy qo'shtirnoq sifatida o'qildi.
authoring-problem-header-spaces = Bu sarlavhaning oldida yoki ortida bo'sh joy bor.
authoring-problem-left-to-right-text = O'ngdan chapga yoziladigan bu katak chapdan o'ngga yozilgan matn bilan boshlanadi.
admin-preview = Oldindan ko'rish
admin-preview-language = Oldindan ko'rish tili
admin-preview-note = { $audience } uni shunday ko'radi. Bu yerdagi javoblar saqlanmaydi.
admin-audience-shopper = Sirli xaridor
admin-audience-citizen = Tashrif buyuruvchi
admin-published-checklists = E'lon qilingan nazorat ro'yxatlari
admin-col-version = Versiya
admin-col-published-at = E'lon qilingan sana
admin-col-published-by = Kim e'lon qilgan
admin-col-workbook = Ish kitobi
admin-published-by-server = server (o'rnatilgan)
admin-download-version = { $version }-versiyani yuklab olish
admin-saved = Saqlandi: { $place }
admin-compare-from = Qaysi versiyadan
admin-compare-to = Qaysi versiyagacha
admin-compare = O'zgarishlarni ko'rsatish
admin-diff-heading = { $from }-versiyadan { $to }-versiyagacha
admin-diff-none = Bu versiyalar orasida hech narsa o'zgarmagan.
admin-diff-title = Sarlavha
admin-diff-stages-added = Qo'shilgan bosqichlar
admin-diff-stages-removed = Olib tashlangan bosqichlar
admin-diff-stages-changed = O'zgargan bosqichlar
admin-diff-items-added = Qo'shilgan savollar
admin-diff-items-removed = Olib tashlangan savollar
admin-diff-items-changed = O'zgargan savollar
admin-change-none = (yo'q)
admin-change-always = doim ko'rsatiladi
admin-yes = Ha
admin-no = Yo'q
admin-change-label = { $language } tilidagi matn: “{ $from }” → “{ $to }”
admin-change-hint = { $language } tilidagi izoh: “{ $from }” → “{ $to }”
admin-change-weight = Vazn: { $from } → { $to }
admin-change-logic = Qachon ko'rsatiladi: { $from } → { $to }
admin-change-kind = Javob turi: { $from } → { $to }
admin-change-required = Majburiy: { $from } → { $to }
admin-change-evidence = Muvaffaqiyatsiz javobga nima kerak: { $from } → { $to }
admin-change-stage = { $from } bosqichidan { $to } bosqichiga ko'chirildi
admin-catalogue-intro = Katalogni ish kitobi sifatida yuklab oling (entities, services va centres varaqlari), tahrirlang, tekshirish uchun yuklang, so'ng qo'llang. Qatorlar identifikatori bo'yicha qo'shiladi yoki yangilanadi va hech qachon o'chirilmaydi; nofaol qilingan markaz yangi tashriflardan chiqadi.
admin-catalogue-current = Hozirgi katalog
admin-download-catalogue = Katalogni yuklab olish (.xlsx)
admin-upload-catalogue = Katalogni yuklash
admin-catalogue-ready = Xatosiz o'qildi: { $entities } ta tashkilot, { $services } ta xizmat, { $centres } ta markaz. Hali hech narsa o'zgarmadi.
admin-catalogue-applied = Qo'llandi: { $entities } ta tashkilot, { $services } ta xizmat, { $centres } ta markaz qo'shildi yoki yangilandi.
admin-not-applicable = { $count ->
    [one] Ish kitobida bitta xato bor; u tuzatilmaguncha hech narsa qo'llanmaydi.
   *[other] Ish kitobida { $count } ta xato bor; ular tuzatilmaguncha hech narsa qo'llanmaydi.
}
admin-apply = Qo'llash
admin-applying = Qo'llanmoqda…
admin-catalogue-rows = O'qilgan qatorlar
admin-entities = Tashkilotlar
admin-services = Xizmatlar
admin-centres = Markazlar
admin-col-id = Identifikator
admin-col-name = Nomi
admin-col-entity = Tashkilot
admin-col-coordinates = Kenglik, uzunlik
admin-col-geofence = Geozona
admin-col-active = Faol
admin-metres = { $metres } metr
