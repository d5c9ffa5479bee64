# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = Tashrifingizni baholang
print-scan = Kodni telefon kamerasi bilan skanerlang va yuzchani bosing
print-counter = Darcha: { $label }

report-title = Markaz hisoboti
report-entity-title = Tashkilot hisoboti
report-period = { $from } dan { $to } gacha
report-made = Tuzilgan sana: { $date }
report-summary = Xulosa
report-combined = Umumiy indeks
report-customer = Mijozlar indeksi
report-customer-note = fuqarolar baholari
report-audit = Tekshiruv indeksi
report-audit-note = sirli xaridorlar tashriflari
report-evaluations = { $count ->
    [one] { $count } ta baho
   *[other] { $count } ta baho
}
report-stars = 7 dan { $stars } yulduz
report-provisional = Dastlabki: reyting uchun baholar kam
report-no-rating = Reyting yo'q: bu davrda baholar yo'q
report-league = { $total } ta markaz ichida { $rank }-o'rin
report-trend = O'zgarish
report-stages = Bosqichlar, kuchlisidan boshlab
report-strengths = Kuchli tomonlar
report-improvements = Yaxshilash imkoniyatlari
report-happiness = Fuqarolar taassuroti
report-happy = Mamnun
report-neutral = Betaraf
report-unhappy = Norozi
report-reasons = Eng ko'p aytilgan sabablar
report-employees = Xodimlar va darchalar
report-counters = Darchalar
report-col-name = Nomi
report-col-score = Ball
report-col-count = Baholar
report-col-centre = Markaz
report-col-rank = O'rin
report-col-stars = Yulduzlar
report-comments = So'nggi izohlar
report-nothing = Bu davrda hech narsa yo'q.
report-page = { $pages } dan { $page }-sahifa
