# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = Rejalashtirilgan tashriflar
planned-link-sub = Sizga biriktirilgan tashriflar va olishingiz mumkin boʻlgan ochiq tashriflar
planned-title = Rejalashtirilgan tashriflar
planned-sign-in-first = Siz uchun rejalashtirilgan tashriflarni koʻrish uchun tizimga kiring.
planned-mine = Sizga biriktirilgan
planned-mine-none = Hozircha sizga biriktirilgan tashrif yoʻq.
planned-available = Mavjud tashriflar
planned-available-none = Hozircha olish mumkin boʻlgan ochiq tashrif yoʻq.
planned-updated = Oxirgi yangilanish: { $time }
planned-never-updated = Roʻyxat hali yuklab olinmagan. Rejalashtirilgan tashriflaringizni koʻrish uchun internetga ulaning.
planned-updating = Yangilanmoqda…
planned-offline = Siz oflaynsiz. Bu roʻyxat oxirgi marta yuklab olingan holatida.
planned-sign-in-again = Seansingiz tugadi. Roʻyxatni yangilash uchun qaytadan tizimga kiring.
planned-not-updated = Roʻyxatni yangilab boʻlmadi: { $reason }
planned-refresh = Roʻyxatni yangilash
planned-wave = Toʻlqin
planned-service = Xizmat
planned-window = Tashrif muddati
planned-due = Soʻnggi muddat
planned-days = Kunlar
planned-hours = Soatlar
planned-scenario = Nima qilish kerak
planned-range = { $from } – { $to }
planned-due-today = muddati bugun
planned-days-left = { $count ->
    [one] { $count } kun qoldi
   *[other] { $count } kun qoldi
}
planned-overdue = { $count ->
    [one] { $count } kun kechikdi
   *[other] { $count } kun kechikdi
}
planned-opens-on = Bu tashrifni { $date } dan boshlashingiz mumkin.
planned-status = { $status ->
    [open] Ochiq
    [assigned] Sizga biriktirilgan
    [in_progress] Bajarilmoqda
    [submitted] Yuborilgan
    [approved] Tasdiqlangan
    [returned] Sizga qaytarilgan
    [expired] Muddati oʻtgan
   *[cancelled] Bekor qilingan
}
planned-start = Tashrifni boshlash
planned-resume = Tashrifni davom ettirish
planned-claim = Bu tashrifni olish
planned-release = Qaytarish
planned-release-confirm = Bu tashrif qaytarilsinmi? Keyin uni boshqa sirli xaridor olishi mumkin.
planned-release-yes = Ha, qaytarish
planned-needs-connection = Tashrifni olish yoki qaytarish uchun internetga ulaning.
planned-checklist-missing = Bu tashrifning nazorat roʻyxati hali bu qurilmada yoʻq. Internetga ulanib, qayta urinib koʻring.
planned-action-failed = Bajarilmadi: { $reason }
planned-local-draft = Bu qurilmada boshlangan
planned-local-waiting = Bajarildi, yuborilishini kutmoqda
planned-local-sent = Bajarildi va yuborildi
planned-not-linked = Baholashingiz saqlandi, lekin u rejalashtirilgan tashrifi hisobiga oʻtmadi: { $reason }
planned-not-linked-plain = Baholashingiz saqlandi, lekin u rejalashtirilgan tashrifi hisobiga oʻtmadi.
planned-refused-lockout = Bu markazga boshqa tashrifingiz bu tashrifga juda yaqin.
planned-refused-lockout-until = Bu markazga boshqa tashrifingiz bu tashrifga juda yaqin. U yerga tashrifni { $date } dan olishingiz mumkin.
planned-refused-daily-cap = Oʻsha kuni sizda ruxsat etilgancha tashrif allaqachon bor.
planned-refused-wave-cap = Sizda bu toʻlqinning bir kishiga ruxsat etilgancha tashrifi allaqachon bor.
planned-refused-held-cap = Sizda hali bajarilmagan tashriflar ruxsat etilgan eng koʻp miqdorda. Avval bittasini bajaring yoki qaytaring.
planned-refused-spacing = Sizda oʻsha tashkilotning boshqa markaziga oʻsha kunga juda yaqin tashrif bor.
planned-refused-spacing-until = Sizda oʻsha tashkilotning boshqa markaziga oʻsha kunga juda yaqin tashrif bor. Bu tashrifni { $date } dan olishingiz mumkin.
planned-refused-grade = Bahoingiz bu toʻlqin talab qilgan eng past bahodan past.
planned-date = { $day }-{ $month ->
    [1] yanvar
    [2] fevral
    [3] mart
    [4] aprel
    [5] may
    [6] iyun
    [7] iyul
    [8] avgust
    [9] sentabr
    [10] oktabr
    [11] noyabr
   *[12] dekabr
}, { $year }
planned-weekday = { $day ->
    [mon] Dush
    [tue] Sesh
    [wed] Chor
    [thu] Pay
    [fri] Jum
    [sat] Shan
   *[sun] Yak
}
