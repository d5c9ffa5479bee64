# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = Oʻzbekcha
app-name = Sirli xaridor
go-home = Bosh sahifaga qaytish
not-found-title = Bunday sahifa mavjud emas
store-failed-title = Ilova bu qurilmadagi xotirani ocha olmayapti
settings-set-aside = Ushbu qurilmada saqlangan sozlamalarni o‘qib bo‘lmadi. Ularning nusxasi alohida saqlandi va standart sozlamalar ishlatilmoqda: Sozlamalarda tanlovlaringizni tekshiring.
cancel = Bekor qilish
save = Saqlash
saved = Saqlandi
previous = Orqaga
next = Keyingisi

## Connection and outbox badge

connection-online = Onlayn
connection-offline = Oflayn — ishingiz shu qurilmada saqlangan
connection-unknown = Ulanmoqda…
outbox-badge = { $count ->
    [0] Yuborilishini kutayotgan baholash yoʻq
    [one] 1 ta baholash yuborilishini kutmoqda
   *[other] { $count } ta baholash yuborilishini kutmoqda
}

## First run and settings

welcome-title = Xush kelibsiz
welcome-lead = Davlat xizmatlari markaziga tashrifingizni baholang yoki sizga topshirilgan baholashni oʻtkazing.
language-label = Til
welcome-role = Bu ilovadan kim foydalanmoqda?
role-citizen = Men tashrif buyuruvchiman
role-citizen-hint = Tashrifni bir necha bosishda baholang
role-shopper = Men sirli xaridorman
role-shopper-hint = Toʻliq baholashni oʻtkazing
settings-title = Sozlamalar
settings-server = Server manzili

## Finding a centre

centres-title = Markazni tanlang
centres-search = Nomi boʻyicha qidirish
centres-nearest = Avval eng yaqinlari
centres-locating = Joylashuvingiz aniqlanmoqda…
centres-entity = Idora
centres-all = Barchasi
centres-none-yet = Markazlar roʻyxati hali yuklab olinmagan. Bir marta internetga ulaning yoki markazning QR kodidagi havolani oching.
centres-no-match = Qidiruvingizga mos markaz topilmadi.
distance-km = { $km } km uzoqlikda

## Citizen rating

face-happy = Mamnun
face-neutral = Oʻrtacha
face-unhappy = Norozi
rate-more = Batafsil maʼlumot qoʻshish (ixtiyoriy)
rate-comment = Izohingiz
rate-employee = Xodimning ismi yoki peshtaxta raqami
rate-submit = Bahoni yuborish
rate-unknown-centre = Bu markaz roʻyxatda yoʻq
rate-unknown-centre-hint = Havola yoki QR kodni tekshiring yoki markazni roʻyxatdan tanlang.
checklist-missing = Bu baholash shakli hali ushbu qurilmada mavjud emas.
missing-item = Iltimos, javob bering: { $item }
confirm-thanks = Baholaganingiz uchun rahmat
confirm-sending = Yuborilmoqda…
confirm-sent = Yuborildi. Markaz baholashingizni koʻradi.
confirm-saved = Shu qurilmada saqlandi. Qayta onlayn boʻlganingizda avtomatik ravishda yuboriladi.
confirm-refused = Yuborib boʻlmadi: { $reason }
confirm-again = Boshqa tashrifni baholash

## Answers

answer-yes = Ha
answer-no = Yoʻq
answer-na = Taalluqli emas
scale-1 = 1 — Juda yomon
scale-2 = 2 — Yomon
scale-3 = 3 — Qoniqarli
scale-4 = 4 — Yaxshi
scale-5 = 5 — Aʼlo
unit-minutes = { $count ->
    [one] daqiqa (meʼyor: 1 daqiqa)
   *[other] daqiqa (meʼyor: { $count } daqiqa)
}
evidence-photo-needed = Iltimos, buni koʻrsatadigan surat qoʻshing.
evidence-comment-needed = Iltimos, nima boʻlganini izohda yozib bering.
comment-add = Izoh qoʻshish
comment-label = Izoh
comment-placeholder = Nimalarni payqadingiz?
photo-add = Surat qoʻshish
photo-processing = Surat tayyorlanmoqda…
photo-not-an-image = Bu fayl surat emas. JPEG yoki PNG rasmni tanlang.
photo-unreadable = Suratni oʻqib boʻlmadi: { $reason }
photo-count = { $count ->
    [one] 1 ta surat
   *[other] { $count } ta surat
}

## Shopper visits

sign-in-title = Tizimga kirish
sign-in-username = Foydalanuvchi nomi
sign-in-password = Parol
sign-in-submit = Kirish
sign-in-wrong = Foydalanuvchi nomi yoki parol notoʻgʻri.
sign-in-offline = Serverga ulanib boʻlmayapti. Ulanishni tekshirib, qaytadan urinib koʻring.
sign-in-as = Siz { $name } sifatida kirgansiz
sign-out = Chiqish
visits-title = Tashriflarim
visits-sign-in-first = Baholashlaringiz yuborilishi uchun tizimga kiring.
visits-in-progress = Davom etayotgan tashriflar
visits-new = Yangi tashrifni boshlash
visits-centre = Markaz
visits-service = Xizmat
visits-start = Tashrifni boshlash
answered-count = { $count ->
    [one] Hozircha 1 ta javob
   *[other] Hozircha { $count } ta javob
}
visit-not-found = Bu tashrif ushbu qurilmada yoʻq.
visit-submitted = Bu tashrif topshirilgan.
visit-progress = Baholashning borishi
visit-stages = Tashrif bosqichlari
visit-review = Tekshirish va topshirish
check-in = Kelganimni qayd etish
check-in-needed = Markazga yetib kelganingizda kelganingizni qayd eting: bunda vaqt va joylashuvingiz yozib olinadi.
checked-in-at = Kelish vaqti qayd etildi: { $time }.
check-in-inside = Markaz hududida.
check-in-outside = Markaz hududidan tashqarida.
check-in-no-location = Joylashuvni aniqlab boʻlmadi.
timer-start = Taymerni ishga tushirish
timer-stop = Taymerni toʻxtatish

## Summary

summary-title = Baholashingizni tekshiring
summary-complete = Barcha majburiy savollarga javob berilgan.
summary-missing = { $count ->
    [one] Yana 1 ta band eʼtibor talab qiladi
   *[other] Yana { $count } ta band eʼtibor talab qiladi
}
missing-answer = javob kerak
missing-photo = surat kerak
missing-comment = izoh kerak
summary-score = Bosqichlar boʻyicha ball
summary-stage = Bosqich
summary-percent = Ball
summary-overall = Butun baholash
summary-employee = Xodimning ismi yoki peshtaxta raqami
summary-comment = Umumiy izoh
summary-submit = Baholashni topshirish

## Outbox

outbox-title = Yuborish navbati
outbox-empty = Bu qurilmada hali baholashlar yoʻq.
outbox-kind-rating = Baho
outbox-kind-visit = Tashrif
outbox-resume = Davom ettirish
outbox-delete = Oʻchirish
outbox-delete-confirm = Bu qoralama oʻchirilsinmi? Buni ortga qaytarib boʻlmaydi.
outbox-delete-yes = Ha, oʻchirish
outbox-retry = Qayta urinish
state-draft = Qoralama — hali topshirilmagan
state-waiting = Yuborilishini kutmoqda
state-uploading = Yuborilmoqda…
state-uploaded = Yuborildi
state-retrying = Hali yuborilmadi — avtomatik ravishda qayta urinib koʻriladi
state-refused = Server uni qabul qilmadi: { $reason }
state-needs-sign-in = Yuborish uchun tizimga kiring

## Why the server refused an evaluation (by the server's error code)

error-conflict = Shu raqam bilan boshqa baholash allaqachon yuborilgan.
error-not-returned = Bu baholash koʻrib chiqilmoqda, uni hozir oʻzgartirib boʻlmaydi.
error-revision-out-of-order = Baholashning bu versiyasi serverdagi oxirgi versiyadan keyin kelmaydi.
error-unknown-centre = Server bu markazni endi tanimaydi.
error-unknown-service = Markaz endi bu xizmatni koʻrsatmaydi.
error-unknown-template = Server shaklning bu versiyasini tanimaydi. Ilovani yangilang.
error-template-mismatch = Baholash oʻz shakliga mos kelmaydi. Ilovani yangilang.
error-invalid-role = Bu shakldan ushbu rolda foydalanib boʻlmaydi.
error-missing-answer = Majburiy javob yetishmayapti.
error-missing-photo = Majburiy surat yetishmayapti.
error-missing-comment = Majburiy izoh yetishmayapti.
error-photo-missing = Surat serverga yetib bormadi. Qaytadan urinib koʻring.
error-too-large = Baholash yoki undagi suratlardan biri juda katta.
error-invalid-workbook = Fayl server oʻqiy oladigan ishchi kitob emas yoki juda katta. Uni qaytadan .xlsx sifatida saqlang.
error-password-change-required = Avval vaqtinchalik parolingizni oʻzgartiring.
error-weak-password = Uzunroq parol tanlang: kamida 12 belgi, foydalanuvchi nomingiz emas, keng tarqalgan parol emas.
error-too-long = Matn juda uzun.
error-invalid-field = Server baholashning bir qismini oʻqiy olmadi. Ilovani yangilang.
error-wrong-kind = Javob notoʻgʻri formatda. Ilovani yangilang.
error-invalid-value = Javoblardan biri ruxsat etilmagan.
error-unknown-item = Baholashda shaklda soʻralmagan javob bor. Ilovani yangilang.
error-bad-json = Server baholashni oʻqiy olmadi. Ilovani yangilang.
error-id-mismatch = Baholash raqami mos kelmaydi. Ilovani yangilang.
error-hash-mismatch = Surat yuborish paytida shikastlandi. Qaytadan urinib koʻring.
error-not-an-image = Suratni rasm sifatida oʻqib boʻlmadi.
error-forbidden = Hisobingizga bu baholashni yuborishga ruxsat berilmagan.
error-unauthorized = Bu baholashni yuborish uchun tizimga qayta kiring.
error-invalid-id = Baholash raqami yaroqsiz. Ilovani yangilang.
error-invalid-photo-id = Surat nomi yaroqsiz. Ilovani yangilang.

## Ushbu qurilmada saqlash

store-save-failed = Ushbu qurilmada saqlanmadi. Kiritganingiz shu yerda turibdi; qaytadan urinib ko‘ring.
store-read-failed = Ushbu qurilmada saqlangan baholashlarni o‘qib bo‘lmadi. Ilovani yopib, qayta oching; bu takrorlansa, yordam so‘rang.

## Tizimdan chiqish

sign-out-waiting = Ba’zi tashriflar yuklanishini kutmoqda va ular uchun tizimga kirishingiz kerak. Ular shu qurilmada qoladi va qayta kirganingizdan keyin yuklanadi.
sign-out-yes = Baribir chiqish
signed-out = Siz tizimdan chiqdingiz.

## Server aytadigan boshqa sabablar (xato kodi bo‘yicha)

error-rate-limited = Hozirgina bu yerdan juda ko‘p baho yuborildi. Bahoyingiz saqlangan va birozdan keyin o‘zi yuboriladi.
error-too-many-attempts = Tizimga kirishga urinishlar juda ko‘p. Bir necha daqiqa kutib, qaytadan urinib ko‘ring.
error-staff-cannot-rate = Xodim hisobi tashrif buyuruvchining bahosini yubora olmaydi. Tizimdan chiqib, qayta yuboring.
error-citizen-not-revisable = Tashrif buyuruvchining bahosini yuborilgandan keyin o‘zgartirib bo‘lmaydi.
error-photo-has-metadata = Suratda hali ham yashirin ma’lumotlar bor, masalan qayerda olingani. Ilovani yangilang.
error-photo-too-large = Surat juda katta. Uni qayta oling yoki kichikroq suratni tanlang.
error-implausible-value = Javoblardan biri to‘g‘ri bo‘lishi mumkin emas, masalan juda uzoq kutish vaqti. Tekshirib, qaytadan urinib ko‘ring.
error-unknown-locale = Server bu baholash tilini bilmaydi. Ilovani yangilang.
error-unsupported-media-type = Server bu turdagi faylni qabul qilmaydi. Ilovani yangilang.
error-unknown-kiosk = Bu kiosk ro‘yxatdan o‘tmagan. Markaz xodimlaridan uni qayta ro‘yxatdan o‘tkazishni so‘rang.
error-kiosk-wrong-centre = Bu kiosk boshqa markaz uchun ro‘yxatdan o‘tgan. Markaz xodimlaridan uni tekshirishni so‘rang.
error-invalid-path = Ilova server qabul qilmaydigan manzildan foydalandi. Ilovani yangilang.

error-bad-body = Soʻrovni oʻqib boʻlmadi. Qaytadan urinib koʻring.
error-bad-query = Qidiruv yoki filtr tushunilmadi.
error-internal = Serverda xatolik yuz berdi. Hech narsa oʻzgarmadi; keyinroq qayta urinib koʻring.
error-method-not-allowed = Bu yerda bu amalni bajarib boʻlmaydi.
error-not-found = Serverda soʻralgan narsa yoʻq.
connection-offline-short = Oflayn
rate-loading-centre = Markaz yuklanmoqda…
rate-catalogue-unavailable = Markazlar roʻyxati hali bu qurilmada yoʻq. Internetga ulaning va qaytadan urinib koʻring.
photo-remove = Bu suratni olib tashlash
photo-thumbnail = Surat { $number }
visits-change-centre = Markazni almashtirish
visits-service-needed = Baholayotgan xizmatingizni tanlang.
settings-digits = Raqamlar
error-illegal-transition = Baholashning hozirgi holatidan bu qarorni qabul qilib boʻlmaydi.
error-evidence-required = Bu chorani bajarildi deb belgilash uchun nima qilinganini aytadigan izoh, chora soʻrasa esa surat kerak.
error-comment-required = Baholashni qaytarish yoki rad etishda sababini izohda yozing.

role-supervisor = Men baholashlarni tekshiraman yoki markazni boshqaraman (xodimlar)
review-status-received = Qabul qilingan
review-status-has-issues = Kamchiliklar bor
review-status-returned = Xaridorga qaytarilgan
review-status-approved = Tasdiqlangan
review-status-rejected = Rad etilgan
review-inbox-title = Tekshiriladigan baholashlar
review-filter-status = Holat
review-filter-role = Kim baholagan
review-all = Hammasi
review-role-citizen = Fuqarolar
review-role-shopper = Yashirin xaridorlar
review-count = Topilgan baholashlar: { $count }
review-inbox-empty = Bu filtrlar bilan hech narsa yoʻq.
review-select = Tanlash
review-col-centre = Markaz
review-col-role = Kim tomonidan
review-col-visit = Tashrif
review-col-score = Ball
review-col-status = Holat
review-col-photos = Suratlar
review-col-place = Roʻyxatdan oʻtish
review-more = Yana koʻrsatish
review-bulk-done = Tasdiqlandi: { $count }
review-bulk-confirm = Tanlangan baholashlar tasdiqlansinmi ({ $count })?
review-approve = Tasdiqlash
review-approve-selected = Tanlanganlarni tasdiqlash ({ $count })
review-visit-photos = Tashrif suratlari
review-no-check-in = Roʻyxatdan oʻtilmagan
review-outside-by = Markaz hududidan { $metres } m tashqarida
review-by = Yuborgan
review-minutes-of-target = { $minutes } daq (maqsad { $target } daq)
review-history = Tarix
review-received-revision = { $revision }-tahrir qabul qilindi
review-commented = Izoh
review-no-moves = Hozir qaror qabul qilib boʻlmaydi: xaridor kutilmoqda.
review-comment = Xaridor yoki yozuv uchun izoh
review-do-approved = Tasdiqlash
review-do-has-issues = Kamchilik bor deb belgilash
review-do-rejected = Rad etish
review-do-returned = Xaridorga qaytarish
review-compared = { $revision }-tahrir; { $previous }-tahrirdan beri oʻzgargan joylar belgilangan.
review-was = Oldin: { $answer }
visit-returned = Nazoratchi qaytardi: { $comment }
review-from = Dan
review-to = Gacha
review-next = Keyingi baholash
review-filters = Filtrlar

## Centre performance
review-places = Ko‘rib chiqish
stats-title = Samaradorlik
stats-period = Davr
stats-last-30 = So‘nggi 30 kun
stats-last-90 = So‘nggi 90 kun
stats-last-365 = So‘nggi 12 oy
stats-entity = Idora
stats-combined = Umumiy indeks
stats-customer = Mijozlar indeksi
stats-audit = Audit indeksi
stats-rating = Reyting
stats-rank = O‘rin
stats-evaluations = Baholashlar
stats-evaluation-count = Baholashlar soni: { $count }
stats-answer-count = Javoblar soni: { $count }
stats-stars = { $max } tadan { $stars } yulduz
stats-too-few = Baholash uchun juda kam
stats-no-rating = Hali baholanmagan
stats-league = Markazlar
stats-no-centres = Ko‘rsatiladigan markaz yo‘q.
stats-back = Barcha markazlar
stats-trend = Tendensiya
stats-trend-summary = Davr davomida umumiy indeks va ikkala indeks
stats-trend-table = Raqamlarni jadvalda ko‘rsatish
stats-week = { $week }-hafta
stats-stages = Mijoz yo‘li bosqichlari
stats-no-evaluations = Bu davrda hech qanday baholash hisobga olinmaydi.
stats-happiness = Fuqarolar mamnunligi
stats-no-citizens = Bu davrda fuqarolar bahosi yo‘q.
stats-reasons = Norozilik sabablari
stats-strengths = Kuchli tomonlar
stats-weaknesses = Yaxshilash imkoniyatlari
stats-too-few-items = Xulosa uchun javoblar hali juda kam.
stats-employees = Xodimlar va darchalar
stats-no-employees = Bu davrda hech bir xodim yoki darcha nomi aytilmagan.
stats-alerts = Ogohlantirishlar
stats-alert-text = { $minutes } daqiqada { $ratings } ta bahodan { $unhappy } tasi norozi
stats-alert-cleared = endi me’yorda
stats-acknowledge = Tanishdim
stats-exports = Eksport
stats-export-evaluations-csv = Baholashlar (CSV)
stats-export-evaluations-xlsx = Baholashlar (Excel)
stats-export-answers-csv = Javoblar (CSV)
stats-export-rows = { $total } qatordan { $done } tasi
stats-export-bytes = { $kb } KB qabul qilindi
stats-export-saved = Saqlandi: { $place }
stats-settings = Yulduzlar qanday beriladi
stats-settings-customer-weight = Mijozlar indeksining ulushi (%)
stats-settings-min-customer-count = Yulduz uchun kerakli fuqaro baholari
stats-settings-min-audit-count = Yulduz uchun kerakli tasdiqlangan auditlar
stats-settings-band = { $stars } yulduz (%) dan
stats-settings-bands = Yulduz oraliqlari
stats-settings-save = Saqlash
stats-settings-saved = Saqlandi; endi barcha raqamlar shundan foydalanadi.
stats-settings-not-number = Raqam emas: { $field }

## Proof of visit
review-filter-flag = Tashrif isboti
proof-flag-outside-geofence = Markazdan tashqarida belgilangan
proof-flag-no-location = Joylashuv yo‘q
proof-flag-duplicate-photos = Surat boshqa baholashda ishlatilgan
proof-flag-clock-skew = Qurilma soati noto‘g‘ri edi
proof-clock-offset = Qurilma soati { $minutes } daqiqaga farq qilgan; tashrif vaqtlari tuzatildi.
check-in-accuracy = ± { $metres } m
location-denied = Bu ilova uchun joylashuv o‘chirilgan: belgi usiz saqlandi. Uni qurilma sozlamalarida yoqishingiz mumkin.
location-timeout = Joylashuv o‘z vaqtida aniqlanmadi: belgi usiz saqlandi.
location-unavailable = Bu qurilmada joylashuv xizmati yoqilmagan: belgi usiz saqlandi.
photo-from-library = Galereyadan tanlash
