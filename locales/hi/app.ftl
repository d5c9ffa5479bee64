# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = हिन्दी
app-name = मिस्ट्री शॉपर
go-home = शुरुआत पर जाएँ
not-found-title = यह पेज मौजूद नहीं है
store-failed-title = ऐप इस डिवाइस पर अपना स्टोरेज नहीं खोल पा रहा है
settings-set-aside = इस डिवाइस पर रखी सेटिंग पढ़ी नहीं जा सकीं। उनकी एक प्रति अलग रख दी गई है और अब डिफ़ॉल्ट सेटिंग लागू हैं: कृपया सेटिंग्स में अपने विकल्प जाँच लें।
cancel = रद्द करें
save = सहेजें
saved = सहेजा गया
previous = पीछे
next = आगे

## Connection and outbox badge

connection-online = ऑनलाइन
connection-offline = ऑफ़लाइन — आपका काम इस डिवाइस पर सहेजा गया है
connection-unknown = कनेक्ट हो रहा है…
outbox-badge = { $count ->
    [0] अपलोड के लिए कुछ भी बाकी नहीं
    [one] { $count } मूल्यांकन अपलोड होने की प्रतीक्षा में है
   *[other] { $count } मूल्यांकन अपलोड होने की प्रतीक्षा में हैं
}

## First run and settings

welcome-title = स्वागत है
welcome-lead = किसी सरकारी सेवा केंद्र में अपनी विज़िट को रेटिंग दें, या आपको सौंपा गया मूल्यांकन करें।
language-label = भाषा
welcome-role = यह ऐप कौन इस्तेमाल कर रहा है?
role-citizen = मैं आगंतुक हूँ
role-citizen-hint = कुछ ही टैप में विज़िट को रेटिंग दें
role-shopper = मैं मिस्ट्री शॉपर हूँ
role-shopper-hint = पूरा मूल्यांकन करें
settings-title = सेटिंग्स
settings-server = सर्वर का पता

## Finding a centre

centres-title = केंद्र चुनें
centres-search = नाम से खोजें
centres-nearest = सबसे नज़दीकी पहले
centres-locating = आपका स्थान पता किया जा रहा है…
centres-entity = विभाग
centres-all = सभी
centres-none-yet = केंद्रों की सूची अभी डाउनलोड नहीं हुई है। एक बार इंटरनेट से कनेक्ट करें, या केंद्र के QR कोड वाला लिंक खोलें।
centres-no-match = आपकी खोज से कोई केंद्र मेल नहीं खाता।
distance-km = { $km } किमी दूर

## Citizen rating

face-happy = खुश
face-neutral = सामान्य
face-unhappy = नाखुश
rate-more = और विवरण जोड़ें (वैकल्पिक)
rate-comment = आपकी टिप्पणी
rate-employee = कर्मचारी का नाम या काउंटर नंबर
rate-submit = मेरी रेटिंग भेजें
rate-unknown-centre = यह केंद्र सूची में नहीं है
rate-unknown-centre-hint = लिंक या QR कोड जाँचें, या सूची से केंद्र चुनें।
checklist-missing = यह मूल्यांकन फ़ॉर्म अभी इस डिवाइस पर उपलब्ध नहीं है।
missing-item = कृपया उत्तर दें: { $item }
confirm-thanks = आपके मूल्यांकन के लिए धन्यवाद
confirm-sending = भेजा जा रहा है…
confirm-sent = भेज दिया गया। केंद्र आपका मूल्यांकन देख सकेगा।
confirm-saved = इस डिवाइस पर सहेजा गया। आपके फिर से ऑनलाइन होते ही यह अपने-आप भेज दिया जाएगा।
confirm-refused = इसे भेजा नहीं जा सका: { $reason }
confirm-again = किसी और विज़िट को रेटिंग दें

## Answers

answer-yes = हाँ
answer-no = नहीं
answer-na = लागू नहीं
scale-1 = 1 — बहुत खराब
scale-2 = 2 — खराब
scale-3 = 3 — औसत
scale-4 = 4 — अच्छा
scale-5 = 5 — उत्कृष्ट
unit-minutes = { $count ->
    [one] मिनट (लक्ष्य: { $count } मिनट)
   *[other] मिनट (लक्ष्य: { $count } मिनट)
}
evidence-photo-needed = कृपया ऐसी फ़ोटो जोड़ें जिसमें यह दिखे।
evidence-comment-needed = कृपया टिप्पणी में बताएँ कि क्या हुआ।
comment-add = टिप्पणी जोड़ें
comment-label = टिप्पणी
comment-placeholder = आपने क्या देखा?
photo-add = फ़ोटो जोड़ें
photo-processing = फ़ोटो तैयार की जा रही है…
photo-not-an-image = यह फ़ाइल फ़ोटो नहीं है। JPEG या PNG फ़ोटो चुनें।
photo-unreadable = फ़ोटो पढ़ी नहीं जा सकी: { $reason }
photo-count = { $count ->
    [one] { $count } फ़ोटो
   *[other] { $count } फ़ोटो
}

## Shopper visits

sign-in-title = साइन इन
sign-in-username = उपयोगकर्ता नाम
sign-in-password = पासवर्ड
sign-in-submit = साइन इन करें
sign-in-wrong = उपयोगकर्ता नाम या पासवर्ड गलत है।
sign-in-offline = सर्वर से संपर्क नहीं हो पा रहा है। कनेक्शन जाँचें और फिर से कोशिश करें।
sign-in-as = { $name } के रूप में साइन इन हैं
sign-out = साइन आउट करें
visits-title = मेरी विज़िट
visits-sign-in-first = साइन इन करें ताकि आपके मूल्यांकन अपलोड हो सकें।
visits-in-progress = जारी विज़िट
visits-new = नई विज़िट शुरू करें
visits-centre = केंद्र
visits-service = सेवा
visits-start = विज़िट शुरू करें
answered-count = { $count ->
    [one] अब तक { $count } उत्तर
   *[other] अब तक { $count } उत्तर
}
visit-not-found = यह विज़िट इस डिवाइस पर नहीं है।
visit-submitted = यह विज़िट जमा की जा चुकी है।
visit-progress = मूल्यांकन की प्रगति
visit-stages = विज़िट के चरण
visit-review = समीक्षा करें और जमा करें
check-in = अभी चेक-इन करें
check-in-needed = केंद्र पहुँचने पर चेक-इन करें: इससे समय और आपका स्थान दर्ज हो जाता है।
checked-in-at = { $time } पर चेक-इन किया गया।
check-in-inside = केंद्र में।
check-in-outside = केंद्र के क्षेत्र से बाहर।
check-in-no-location = स्थान उपलब्ध नहीं है।
timer-start = टाइमर शुरू करें
timer-stop = टाइमर रोकें

## Summary

summary-title = अपने मूल्यांकन की समीक्षा करें
summary-complete = सभी ज़रूरी सवालों के उत्तर दे दिए गए हैं।
summary-missing = { $count ->
    [one] { $count } बिंदु पर अभी ध्यान देना बाकी है
   *[other] { $count } बिंदुओं पर अभी ध्यान देना बाकी है
}
missing-answer = उत्तर ज़रूरी है
missing-photo = फ़ोटो ज़रूरी है
missing-comment = टिप्पणी ज़रूरी है
summary-score = चरण के अनुसार स्कोर
summary-stage = चरण
summary-percent = स्कोर
summary-overall = पूरा मूल्यांकन
summary-employee = कर्मचारी का नाम या काउंटर नंबर
summary-comment = समग्र टिप्पणी
summary-submit = मूल्यांकन जमा करें

## Outbox

outbox-title = आउटबॉक्स
outbox-empty = इस डिवाइस पर अभी कोई मूल्यांकन नहीं है।
outbox-kind-rating = रेटिंग
outbox-kind-visit = विज़िट
outbox-resume = जारी रखें
outbox-delete = हटाएँ
outbox-delete-confirm = यह ड्राफ़्ट हटाएँ? इसे वापस नहीं लाया जा सकेगा।
outbox-delete-yes = हाँ, हटाएँ
outbox-retry = फिर से कोशिश करें
state-draft = ड्राफ़्ट — अभी जमा नहीं किया गया
state-waiting = अपलोड होने की प्रतीक्षा में
state-uploading = अपलोड हो रहा है…
state-uploaded = अपलोड हो गया
state-retrying = अभी अपलोड नहीं हुआ — अपने-आप फिर से कोशिश की जाएगी
state-refused = सर्वर ने इसे स्वीकार नहीं किया: { $reason }
state-needs-sign-in = अपलोड करने के लिए साइन इन करें

## Why the server refused an evaluation (by the server's error code)

error-conflict = इसी नंबर से एक अलग मूल्यांकन पहले ही भेजा जा चुका है।
error-not-returned = इस मूल्यांकन की समीक्षा हो रही है, इसलिए इसे अभी बदला नहीं जा सकता।
error-revision-out-of-order = मूल्यांकन का यह संस्करण सर्वर पर मौजूद पिछले संस्करण के बाद का नहीं है।
error-unknown-centre = सर्वर अब इस केंद्र को नहीं पहचानता।
error-unknown-service = केंद्र अब यह सेवा नहीं देता।
error-unknown-template = सर्वर फ़ॉर्म के इस संस्करण को नहीं पहचानता। कृपया ऐप अपडेट करें।
error-template-mismatch = मूल्यांकन अपने फ़ॉर्म से मेल नहीं खाता। कृपया ऐप अपडेट करें।
error-invalid-role = इस फ़ॉर्म का इस भूमिका में उपयोग नहीं किया जा सकता।
error-missing-answer = एक ज़रूरी उत्तर नहीं दिया गया है।
error-missing-photo = एक ज़रूरी फ़ोटो नहीं जोड़ी गई है।
error-missing-comment = एक ज़रूरी टिप्पणी नहीं लिखी गई है।
error-photo-missing = एक फ़ोटो सर्वर तक नहीं पहुँची। फिर से कोशिश करें।
error-too-large = मूल्यांकन या उसकी कोई फ़ोटो बहुत बड़ी है।
error-invalid-workbook = यह फ़ाइल ऐसी वर्कबुक नहीं है जिसे सर्वर पढ़ सके, या बहुत बड़ी है। इसे फिर से .xlsx के रूप में सहेजें।
error-password-change-required = पहले अपना अस्थायी पासवर्ड बदलें।
error-weak-password = लंबा पासवर्ड चुनें: कम से कम 12 अक्षर, आपका उपयोगकर्ता नाम नहीं, कोई आम पासवर्ड नहीं।
error-too-long = कोई टेक्स्ट बहुत लंबा है।
error-invalid-field = सर्वर मूल्यांकन का कुछ हिस्सा पढ़ नहीं सका। कृपया ऐप अपडेट करें।
error-wrong-kind = किसी उत्तर का प्रारूप गलत है। कृपया ऐप अपडेट करें।
error-invalid-value = कोई उत्तर स्वीकार्य नहीं है।
error-unknown-item = मूल्यांकन में ऐसा उत्तर है जो फ़ॉर्म में पूछा ही नहीं गया। कृपया ऐप अपडेट करें।
error-bad-json = सर्वर मूल्यांकन पढ़ नहीं सका। कृपया ऐप अपडेट करें।
error-id-mismatch = मूल्यांकन का नंबर मेल नहीं खाता। कृपया ऐप अपडेट करें।
error-hash-mismatch = एक फ़ोटो भेजते समय ख़राब हो गई। फिर से कोशिश करें।
error-not-an-image = एक फ़ोटो को तस्वीर के रूप में पढ़ा नहीं जा सका।
error-forbidden = आपके खाते को यह मूल्यांकन भेजने की अनुमति नहीं है।
error-unauthorized = यह मूल्यांकन भेजने के लिए फिर से साइन इन करें।
error-invalid-id = मूल्यांकन का नंबर मान्य नहीं है। कृपया ऐप अपडेट करें।
error-invalid-photo-id = एक फ़ोटो का नाम मान्य नहीं है। कृपया ऐप अपडेट करें।

## इस डिवाइस पर सहेजना

store-save-failed = इस डिवाइस पर सहेजा नहीं गया। आपने जो लिखा वह यहीं है; कृपया फिर से कोशिश करें।
store-read-failed = इस डिवाइस पर सहेजे गए मूल्यांकन पढ़े नहीं जा सके। ऐप बंद करके फिर से खोलें; अगर ऐसा बार-बार हो तो मदद लें।

## साइन आउट

sign-out-waiting = कुछ विज़िट अपलोड होने की प्रतीक्षा में हैं और उनके लिए आपका साइन इन ज़रूरी है। वे इसी डिवाइस पर रहेंगी और आपके फिर से साइन इन करने के बाद अपलोड होंगी।
sign-out-yes = फिर भी साइन आउट करें
signed-out = आप साइन आउट हो गए हैं।

## सर्वर के बताए और कारण (त्रुटि कोड के अनुसार)

error-rate-limited = अभी यहाँ से बहुत सारी रेटिंग भेजी गईं। आपकी रेटिंग सहेजी गई है और थोड़ी देर बाद अपने आप भेज दी जाएगी।
error-too-many-attempts = साइन इन के बहुत सारे प्रयास। कुछ मिनट रुकें, फिर से कोशिश करें।
error-staff-cannot-rate = स्टाफ़ खाता किसी आगंतुक की रेटिंग नहीं भेज सकता। साइन आउट करें, फिर से भेजें।
error-citizen-not-revisable = आगंतुक की रेटिंग भेजने के बाद बदली नहीं जा सकती।
error-photo-has-metadata = एक फ़ोटो में अभी भी छिपी जानकारी है, जैसे वह कहाँ ली गई थी। कृपया ऐप अपडेट करें।
error-photo-too-large = एक फ़ोटो बहुत बड़ी है। उसे फिर से लें या छोटी फ़ोटो चुनें।
error-implausible-value = एक उत्तर सही नहीं हो सकता, जैसे बहुत लंबा प्रतीक्षा समय। उसे जाँचें और फिर से कोशिश करें।
error-unknown-locale = सर्वर इस मूल्यांकन की भाषा नहीं जानता। कृपया ऐप अपडेट करें।
error-unsupported-media-type = सर्वर इस प्रकार की फ़ाइल स्वीकार नहीं करता। कृपया ऐप अपडेट करें।
error-unknown-kiosk = यह कियोस्क पंजीकृत नहीं है। केंद्र के कर्मचारियों से इसे फिर से पंजीकृत करने को कहें।
error-kiosk-wrong-centre = यह कियोस्क किसी दूसरे केंद्र के लिए पंजीकृत है। केंद्र के कर्मचारियों से इसे जाँचने को कहें।
error-invalid-path = ऐप ने ऐसा पता इस्तेमाल किया जिसे सर्वर स्वीकार नहीं करता। कृपया ऐप अपडेट करें।

error-bad-body = अनुरोध पढ़ा नहीं जा सका। कृपया फिर से प्रयास करें।
error-bad-query = खोज या फ़िल्टर समझ में नहीं आया।
error-internal = सर्वर पर कुछ गड़बड़ हो गई। कुछ भी नहीं बदला; कृपया बाद में फिर से प्रयास करें।
error-method-not-allowed = यहाँ यह कार्य संभव नहीं है।
error-not-found = सर्वर के पास माँगी गई चीज़ नहीं है।
connection-offline-short = ऑफ़लाइन
rate-loading-centre = केंद्र लोड हो रहा है…
rate-catalogue-unavailable = केंद्रों की सूची अभी इस डिवाइस पर नहीं है। इंटरनेट से जुड़ें और फिर से प्रयास करें।
photo-remove = यह फ़ोटो हटाएँ
photo-thumbnail = फ़ोटो { $number }
visits-change-centre = केंद्र बदलें
visits-service-needed = वह सेवा चुनें जिसका आप मूल्यांकन कर रहे हैं।
settings-digits = अंक
error-illegal-transition = मूल्यांकन की वर्तमान स्थिति से यह निर्णय संभव नहीं है।
error-evidence-required = इस कार्रवाई को पूरा चिह्नित करने के लिए एक टिप्पणी चाहिए कि क्या किया गया, और जहाँ कार्रवाई माँगे वहाँ एक फ़ोटो।
error-comment-required = मूल्यांकन लौटाते या अस्वीकार करते समय टिप्पणी में कारण बताएँ।

role-supervisor = मैं मूल्यांकनों की समीक्षा करता हूँ या केंद्र चलाता हूँ (कर्मचारी)
review-status-received = प्राप्त
review-status-has-issues = समस्याएँ हैं
review-status-returned = शॉपर को लौटाया गया
review-status-approved = स्वीकृत
review-status-rejected = अस्वीकृत
review-inbox-title = समीक्षा के लिए मूल्यांकन
review-filter-status = स्थिति
review-filter-role = किसने मूल्यांकन किया
review-all = सभी
review-role-citizen = नागरिक
review-role-shopper = मिस्ट्री शॉपर
review-count = मिले मूल्यांकन: { $count }
review-inbox-empty = इन फ़िल्टरों के साथ यहाँ कुछ नहीं है।
review-select = चुनें
review-col-centre = केंद्र
review-col-role = द्वारा
review-col-visit = दौरा
review-col-score = स्कोर
review-col-status = स्थिति
review-col-photos = फ़ोटो
review-col-place = चेक-इन
review-more = और दिखाएँ
review-bulk-done = स्वीकृत: { $count }
review-bulk-confirm = चुने गए मूल्यांकन स्वीकृत करें ({ $count })?
review-approve = स्वीकृत करें
review-approve-selected = चुने गए स्वीकृत करें ({ $count })
review-visit-photos = दौरे की फ़ोटो
review-no-check-in = कोई चेक-इन नहीं
review-outside-by = केंद्र के क्षेत्र से { $metres } मी बाहर
review-by = भेजने वाले
review-minutes-of-target = { $minutes } मिनट (लक्ष्य { $target } मिनट)
review-history = इतिहास
review-received-revision = संशोधन { $revision } प्राप्त
review-commented = टिप्पणी
review-no-moves = अभी कोई निर्णय संभव नहीं: यह शॉपर की प्रतीक्षा में है।
review-comment = शॉपर या रिकॉर्ड के लिए टिप्पणी
review-do-approved = स्वीकृत करें
review-do-has-issues = समस्याएँ होना चिह्नित करें
review-do-rejected = अस्वीकार करें
review-do-returned = शॉपर को लौटाएँ
review-compared = संशोधन { $revision }; संशोधन { $previous } के बाद जो बदला वह चिह्नित है।
review-was = पहले: { $answer }
visit-returned = पर्यवेक्षक ने लौटाया: { $comment }
review-from = से
review-to = तक
review-next = अगला मूल्यांकन
review-filters = फ़िल्टर

## Centre performance
review-places = समीक्षा
stats-title = प्रदर्शन
stats-period = अवधि
stats-last-30 = पिछले 30 दिन
stats-last-90 = पिछले 90 दिन
stats-last-365 = पिछले 12 महीने
stats-entity = प्राधिकरण
stats-combined = संयुक्त सूचकांक
stats-customer = ग्राहक सूचकांक
stats-audit = ऑडिट सूचकांक
stats-rating = रेटिंग
stats-rank = क्रम
stats-evaluations = मूल्यांकन
stats-evaluation-count = मूल्यांकनों की संख्या: { $count }
stats-answer-count = उत्तरों की संख्या: { $count }
stats-stars = { $max } में से { $stars } तारे
stats-too-few = रेटिंग के लिए बहुत कम
stats-no-rating = अभी रेटिंग नहीं
stats-league = केंद्र
stats-no-centres = दिखाने के लिए कोई केंद्र नहीं है।
stats-back = सभी केंद्र
stats-trend = रुझान
stats-trend-summary = अवधि में संयुक्त सूचकांक और दोनों सूचकांक
stats-trend-table = आँकड़े तालिका में दिखाएँ
stats-week = सप्ताह { $week }
stats-stages = ग्राहक यात्रा के चरण
stats-no-evaluations = इस अवधि में कोई मूल्यांकन नहीं गिना जाता।
stats-happiness = नागरिकों की खुशी
stats-no-citizens = इस अवधि में नागरिकों की कोई रेटिंग नहीं।
stats-reasons = खुश न होने पर बताए गए कारण
stats-strengths = मज़बूत पक्ष
stats-weaknesses = सुधार के अवसर
stats-too-few-items = अभी कहने के लिए उत्तर बहुत कम हैं।
stats-employees = कर्मचारी और काउंटर
stats-no-employees = इस अवधि में किसी कर्मचारी या काउंटर का नाम नहीं लिया गया।
stats-alerts = अलर्ट
stats-alert-text = { $minutes } मिनट में { $ratings } में से { $unhappy } रेटिंग नाखुश
stats-alert-cleared = अब सामान्य
stats-acknowledge = देख लिया
stats-exports = निर्यात
stats-export-evaluations-csv = मूल्यांकन (CSV)
stats-export-evaluations-xlsx = मूल्यांकन (Excel)
stats-export-answers-csv = उत्तर (CSV)
stats-export-rows = { $total } में से { $done } पंक्तियाँ
stats-export-bytes = { $kb } KB प्राप्त
stats-export-saved = सहेजा गया: { $place }
stats-settings = तारे कैसे दिए जाते हैं
stats-settings-customer-weight = ग्राहक सूचकांक का भार (%)
stats-settings-min-customer-count = तारों के लिए ज़रूरी नागरिक रेटिंग
stats-settings-min-audit-count = तारों के लिए ज़रूरी स्वीकृत ऑडिट
stats-settings-band = { $stars } तारे (%) से
stats-settings-bands = तारों की श्रेणियाँ
stats-settings-save = सहेजें
stats-settings-saved = सहेजा गया; अब से सभी आँकड़े इसी का उपयोग करेंगे।
stats-settings-not-number = संख्या नहीं है: { $field }

## Proof of visit
review-filter-flag = दौरे का प्रमाण
proof-flag-outside-geofence = केंद्र के बाहर चेक-इन
proof-flag-no-location = कोई स्थान नहीं
proof-flag-duplicate-photos = फ़ोटो किसी और मूल्यांकन में इस्तेमाल हुई
proof-flag-clock-skew = डिवाइस की घड़ी गलत थी
proof-clock-offset = डिवाइस की घड़ी { $minutes } मिनट अलग थी; दौरे के समय ठीक कर दिए गए।
check-in-accuracy = ± { $metres } मी
location-denied = इस ऐप के लिए स्थान बंद है: चेक-इन उसके बिना रखा गया। आप डिवाइस की सेटिंग में इसकी अनुमति दे सकते हैं।
location-timeout = समय पर स्थान नहीं मिला: चेक-इन उसके बिना रखा गया।
location-unavailable = इस डिवाइस पर स्थान सेवा चालू नहीं है: चेक-इन उसके बिना रखा गया।
photo-from-library = गैलरी से चुनें
