# प्रशासन: वर्कबुक में चेकलिस्ट और कैटलॉग (केवल व्यवस्थापकों के लिए)।
admin-title = प्रशासन
admin-places = प्रशासन के पृष्ठ
admin-checklists = चेकलिस्ट
admin-catalogue = कैटलॉग
admin-only = यह पृष्ठ केवल व्यवस्थापक खोल सकता है।
admin-sign-in = व्यवस्थापक के रूप में साइन इन करें
admin-file-unreadable = फ़ाइल पढ़ी नहीं जा सकी: { $reason }
admin-reading = फ़ाइल पढ़ी जा रही है…
admin-drop-here = या फ़ाइल यहाँ छोड़ें
admin-choose-workbook = वर्कबुक चुनें (.xlsx)
admin-picked-file = फ़ाइल: { $name }
admin-checking = वर्कबुक जाँची जा रही है…
admin-checklists-intro = चेकलिस्ट को एक वर्कबुक में लिखें (शीट survey, choices और settings), जाँच के लिए अपलोड करें, किसी भी भाषा में देखें, फिर प्रकाशित करें। उपकरण इसे अगले सिंक पर पाते हैं।
admin-upload-checklist = चेकलिस्ट अपलोड करें
admin-read-checklist = “{ $title }” ({ $id }, संस्करण { $version })
admin-ready-to-publish = बिना त्रुटि के पढ़ी गई: { $what }। अभी कुछ प्रकाशित नहीं हुआ।
admin-published = प्रकाशित: { $what }। उपकरण इसे अगले सिंक पर पाते हैं।
admin-not-publishable = { $count ->
    [one] वर्कबुक में एक त्रुटि है; ठीक होने तक कुछ प्रकाशित नहीं हो सकता।
   *[other] वर्कबुक में { $count } त्रुटियाँ हैं; ठीक होने तक कुछ प्रकाशित नहीं हो सकता।
}
admin-publish = प्रकाशित करें
admin-publishing = प्रकाशित हो रही है…
admin-problems = मिली समस्याएँ
admin-problem-counts = { $errors ->
    [one] एक त्रुटि
   *[other] { $errorsShown } त्रुटियाँ
}, { $warnings ->
    [one] एक चेतावनी
   *[other] { $warningsShown } चेतावनियाँ
}
admin-severity-error = त्रुटि
admin-severity-warning = चेतावनी
admin-col-severity = गंभीरता
admin-col-sheet = शीट
admin-col-row = पंक्ति
admin-col-column = स्तंभ
admin-col-cell = सेल जैसा लिखा है
admin-col-problem = क्या गलत है
authoring-problem-missing-sheet = वर्कबुक को चाहिए एक शीट मौजूद नहीं है।
authoring-problem-missing-column = इस शीट को चाहिए एक स्तंभ उसके हेडर में नहीं है।
authoring-problem-missing-name = इस पंक्ति को एक नाम चाहिए।
authoring-problem-duplicate-name = यह नाम दो बार इस्तेमाल हुआ है; इसे अद्वितीय होना चाहिए।
authoring-problem-invalid-name = नाम में केवल अक्षर, अंक, हाइफ़न और अंडरस्कोर हो सकते हैं।
authoring-problem-unknown-type = यह प्रकार वर्कबुक के ढाँचे में नहीं है।
authoring-problem-unknown-language = यह ऐसी भाषा है जिसे ऐप समर्थन नहीं करता।
authoring-problem-missing-label = डिफ़ॉल्ट भाषा में पाठ मौजूद नहीं है।
authoring-problem-expression-syntax = यह शर्त पढ़ी नहीं जा सकती।
authoring-problem-unknown-item = यह शर्त ऐसे आइटम का नाम लेती है जो चेकलिस्ट में नहीं है।
authoring-problem-later-item = यह शर्त उसी आइटम या उसके बाद वाले का नाम लेती है।
authoring-problem-value-does-not-fit = यह शर्त आइटम की तुलना ऐसे मान से करती है जिससे उसका उत्तर नहीं दिया जा सकता।
authoring-problem-invalid-number = इस सेल में एक संख्या होनी चाहिए।
authoring-problem-negative-weight = भार शून्य से कम नहीं हो सकता।
authoring-problem-stage-weight-zero = यह चरण गिना जाता है, पर इसके सभी अंक वाले आइटम का भार शून्य है।
authoring-problem-missing-choice-list = विकल्पों की शीट में इस नाम की कोई सूची नहीं है।
authoring-problem-unused-choice-list = कोई आइटम विकल्पों की यह सूची इस्तेमाल नहीं करता।
authoring-problem-score-out-of-range = विकल्प का अंक 0 और 1 के बीच होना चाहिए।
authoring-problem-unmatched-begin-group = यह समूह कभी बंद नहीं होता, या किसी दूसरे समूह के अंदर है।
authoring-problem-unmatched-end-group = समूह के इस अंत के लिए कोई समूह खुला नहीं है।
authoring-problem-item-outside-stage = यह आइटम हर समूह से बाहर है; हर आइटम किसी चरण का होता है।
authoring-problem-no-stages = चेकलिस्ट में कोई चरण नहीं है।
authoring-problem-invalid-version = संस्करण शून्य से बड़ी पूर्ण संख्या होना चाहिए।
authoring-problem-version-not-above = संस्करण प्रकाशित संस्करण से ऊपर होना चाहिए।
authoring-problem-unknown-role = भूमिका shopper या citizen होनी चाहिए।
authoring-problem-invalid-flag = इस सेल में हाँ या नहीं होना चाहिए।
authoring-problem-invalid-evidence = असफल उत्तर के साथ फ़ोटो, टिप्पणी, दोनों या कुछ नहीं होना चाहिए।
authoring-problem-missing-target = अवधि को शून्य से अधिक लक्ष्य समय चाहिए।
authoring-problem-misplaced-setting = यह सेटिंग इस प्रकार के आइटम पर लागू नहीं होती।
authoring-problem-invalid-checklist = पढ़ी गई चेकलिस्ट अंक देने के किसी नियम को तोड़ती है।
authoring-problem-unknown-reference = यह पंक्ति ऐसी संस्था या सेवा का नाम लेती है जो कैटलॉग में नहीं है।
authoring-problem-out-of-range = यह अक्षांश, देशांतर या त्रिज्या पृथ्वी पर किसी स्थान की सीमा से बाहर है।
authoring-problem-missing-translation = कुछ पंक्तियों में इस भाषा का पाठ नहीं है; वहाँ डिफ़ॉल्ट भाषा दिखती है।
authoring-problem-typographic-quotes = शर्त में घुमावदार उद्धरण चिह्न सादे पढ़े गए।
authoring-problem-header-spaces = इस हेडर के पहले या बाद में खाली जगह है।
authoring-problem-left-to-right-text = दाएँ से बाएँ वाला यह सेल बाएँ से दाएँ पाठ से शुरू होता है।
admin-preview = पूर्वावलोकन
admin-preview-language = पूर्वावलोकन की भाषा
admin-preview-note = जैसे { $audience } इसे देखेगा। यहाँ दिए गए उत्तर सहेजे नहीं जाते।
admin-audience-shopper = मिस्ट्री शॉपर
admin-audience-citizen = आगंतुक
admin-published-checklists = प्रकाशित चेकलिस्ट
admin-col-version = संस्करण
admin-col-published-at = प्रकाशन की तारीख
admin-col-published-by = प्रकाशक
admin-col-workbook = वर्कबुक
admin-published-by-server = सर्वर (अंतर्निहित)
admin-download-version = संस्करण { $version } डाउनलोड करें
admin-saved = सहेजा गया: { $place }
admin-compare-from = इस संस्करण से
admin-compare-to = इस संस्करण तक
admin-compare = बदलाव दिखाएँ
admin-diff-heading = संस्करण { $from } से संस्करण { $to } तक
admin-diff-none = इन संस्करणों के बीच कुछ नहीं बदला।
admin-diff-title = शीर्षक
admin-diff-stages-added = जोड़े गए चरण
admin-diff-stages-removed = हटाए गए चरण
admin-diff-stages-changed = बदले गए चरण
admin-diff-items-added = जोड़े गए आइटम
admin-diff-items-removed = हटाए गए आइटम
admin-diff-items-changed = बदले गए आइटम
admin-change-none = (कुछ नहीं)
admin-change-always = हमेशा दिखता है
admin-yes = हाँ
admin-no = नहीं
admin-change-label = { $language } में लेबल: “{ $from }” → “{ $to }”
admin-change-hint = { $language } में संकेत: “{ $from }” → “{ $to }”
admin-change-weight = भार: { $from } → { $to }
admin-change-logic = कब दिखता है: { $from } → { $to }
admin-change-kind = उत्तर का प्रकार: { $from } → { $to }
admin-change-required = अनिवार्य: { $from } → { $to }
admin-change-evidence = असफल उत्तर के साथ क्या होना चाहिए: { $from } → { $to }
admin-change-stage = चरण { $from } से चरण { $to } में ले जाया गया
admin-catalogue-intro = कैटलॉग को वर्कबुक के रूप में डाउनलोड करें (शीट entities, services और centres), संपादित करें, जाँच के लिए अपलोड करें, फिर लागू करें। पंक्तियाँ अपनी पहचान से जोड़ी या अद्यतन की जाती हैं और कभी हटाई नहीं जातीं; निष्क्रिय किया गया केंद्र नई यात्राओं से हट जाता है।
admin-catalogue-current = अभी का कैटलॉग
admin-download-catalogue = कैटलॉग डाउनलोड करें (.xlsx)
admin-upload-catalogue = कैटलॉग अपलोड करें
admin-catalogue-ready = बिना त्रुटि के पढ़ा गया: { $entities } संस्थाएँ, { $services } सेवाएँ, { $centres } केंद्र। अभी कुछ नहीं बदला।
admin-catalogue-applied = लागू हुआ: { $entities } संस्थाएँ, { $services } सेवाएँ, { $centres } केंद्र जोड़े या अद्यतन किए गए।
admin-not-applicable = { $count ->
    [one] वर्कबुक में एक त्रुटि है; ठीक होने तक कुछ लागू नहीं हो सकता।
   *[other] वर्कबुक में { $count } त्रुटियाँ हैं; ठीक होने तक कुछ लागू नहीं हो सकता।
}
admin-apply = लागू करें
admin-applying = लागू हो रहा है…
admin-catalogue-rows = पढ़ी गई पंक्तियाँ
admin-entities = संस्थाएँ
admin-services = सेवाएँ
admin-centres = केंद्र
admin-col-id = पहचान
admin-col-name = नाम
admin-col-entity = संस्था
admin-col-coordinates = अक्षांश, देशांतर
admin-col-geofence = भू-सीमा
admin-col-active = सक्रिय
admin-metres = { $metres } मीटर
