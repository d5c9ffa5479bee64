# The screens' print panel: reports and QR posters as PDF.

print-title = प्रिंट
print-report = रिपोर्ट डाउनलोड करें (PDF)
print-format = QR कोड के लिए काग़ज़ का आकार
print-format-a6 = A6 टेबल कार्ड
print-format-a5 = A5 टेबल कार्ड
print-format-a4 = A4 काउंटर पोस्टर
print-format-a3 = A3 दीवार पोस्टर
print-counters = काउंटर या सेवा बिंदु, हर पंक्ति में एक (वैकल्पिक)
print-counters-hint = हर काउंटर को अपना पृष्ठ और उसके नाम वाला लिंक मिलता है, ताकि उसकी रेटिंग अलग पहचानी जा सकें।
print-posters = QR कोड प्रिंट करें (PDF)
