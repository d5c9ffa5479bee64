# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = अपनी यात्रा को रेट करें
print-scan = अपने फ़ोन के कैमरे से कोड स्कैन करें और एक चेहरा चुनें
print-counter = काउंटर: { $label }

report-title = केंद्र रिपोर्ट
report-entity-title = संस्था रिपोर्ट
report-period = { $from } से { $to } तक
report-made = { $date } को तैयार
report-summary = सारांश
report-combined = संयुक्त सूचकांक
report-customer = ग्राहक सूचकांक
report-customer-note = नागरिकों की रेटिंग
report-audit = ऑडिट सूचकांक
report-audit-note = मिस्ट्री शॉपर्स की यात्राएँ
report-evaluations = { $count ->
    [one] { $count } मूल्यांकन
   *[other] { $count } मूल्यांकन
}
report-stars = 7 में से { $stars } सितारे
report-provisional = अस्थायी: रेटिंग के लिए बहुत कम मूल्यांकन
report-no-rating = कोई रेटिंग नहीं: इस अवधि में कोई मूल्यांकन नहीं
report-league = { $total } केंद्रों में स्थान { $rank }
report-trend = रुझान
report-stages = चरण, सबसे मज़बूत पहले
report-strengths = ताक़तें
report-improvements = सुधार के अवसर
report-happiness = नागरिकों ने कैसा महसूस किया
report-happy = ख़ुश
report-neutral = तटस्थ
report-unhappy = नाख़ुश
report-reasons = सबसे अधिक बताए गए कारण
report-employees = कर्मचारी और डेस्क
report-counters = काउंटर
report-col-name = नाम
report-col-score = अंक
report-col-count = मूल्यांकन
report-col-centre = केंद्र
report-col-rank = स्थान
report-col-stars = सितारे
report-comments = हाल की टिप्पणियाँ
report-nothing = इस अवधि में कुछ नहीं।
report-page = पृष्ठ { $page } / { $pages }
