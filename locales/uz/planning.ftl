# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = Bu sirli xaridor bu markazga yaqinda borgan yoki tez orada borishi kerak: toʻlqinning taqiq muddati bunchalik yaqin yana bir tashrifga ruxsat bermaydi.
error-daily-cap = Bu sirli xaridorning oʻsha kuni toʻlqin ruxsat bergancha tashrifi allaqachon bor.
error-wave-cap = Bu sirli xaridorda bu toʻlqinning bir kishiga ruxsat etilgancha tashrifi allaqachon bor.
error-held-cap = Bu sirli xaridorda hali yuborilmagan tashriflar ruxsat etilgan eng koʻp miqdorda. Avval bittasini yuboring yoki boʻshating.
error-spacing = Bu sirli xaridorning oʻsha tashkilotning boshqa markaziga tashrifi bu kunga juda yaqin.
error-grade = Bu sirli xaridorning bahosi toʻlqin talab qilgan eng past bahodan past.
error-shopper-inactive = Bu sirli xaridorning hisobi faol emas.
error-reason-required = Sababini yozing.
error-illegal-assignment-move = Tashrifning hozirgi holatidan buni qilib boʻlmaydi.
error-illegal-wave-move = Toʻlqinning hozirgi holatidan buni qilib boʻlmaydi.
error-wave-not-published = Toʻlqin eʼlon qilinmagan, shuning uchun uning tashriflarini olib boʻlmaydi.
error-invalid-wave = Toʻlqinning bir maydoni toʻldirilmagan yoki ruxsat etilmagan. Koʻrsatilgan maydonni tekshiring.
error-invalid-grade = Baho 1 dan 10 gacha boʻlgan butun son.
error-not-approved = Faqat tasdiqlangan baholashga baho qoʻyish mumkin.
error-unknown-shopper = Bunday foydalanuvchi nomli faol xaridor yoʻq.
