# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = I-rate ang iyong pagbisita
print-scan = I-scan ang code gamit ang camera ng iyong telepono at pumili ng mukha
print-counter = Kounter: { $label }

report-title = Ulat ng sentro
report-entity-title = Ulat ng ahensya
report-period = Mula { $from } hanggang { $to }
report-made = Ginawa noong { $date }
report-summary = Buod
report-combined = Pinagsamang indeks
report-customer = Indeks ng kliyente
report-customer-note = mga rating ng mamamayan
report-audit = Indeks ng pagsusuri
report-audit-note = mga pagbisita ng mystery shopper
report-evaluations = { $count ->
    [one] { $count } pagsusuri
   *[other] { $count } na pagsusuri
}
report-stars = { $stars } bituin sa 7
report-provisional = Pansamantala: kulang ang mga pagsusuri para sa rating
report-no-rating = Walang rating: walang pagsusuri sa panahong ito
report-league = Ika-{ $rank } sa { $total } sentro
report-trend = Takbo
report-stages = Mga yugto, mula sa pinakamalakas
report-strengths = Mga kalakasan
report-improvements = Mga pagkakataong mapabuti
report-happiness = Ang naramdaman ng mga mamamayan
report-happy = Masaya
report-neutral = Katamtaman
report-unhappy = Hindi masaya
report-reasons = Pinakamadalas na dahilan
report-employees = Mga kawani at mesa
report-counters = Mga counter
report-col-name = Pangalan
report-col-score = Marka
report-col-count = Mga pagsusuri
report-col-centre = Sentro
report-col-rank = Ranggo
report-col-stars = Mga bituin
report-comments = Mga bagong komento
report-nothing = Wala sa panahong ito.
report-page = Pahina { $page } ng { $pages }
