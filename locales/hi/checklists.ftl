# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = अपनी विज़िट को रेटिंग दें
citizen-stage-rating = आपकी विज़िट
citizen-face = आज आपकी विज़िट कैसी रही?
citizen-reasons = क्या बेहतर हो सकता था?
citizen-reason-waiting-time = प्रतीक्षा का समय
citizen-reason-employee-attitude = कर्मचारी का व्यवहार
citizen-reason-process-clarity = प्रक्रिया की स्पष्टता
citizen-reason-completion-time = मेरा अनुरोध पूरा होने में लगा समय
citizen-reason-fees = शुल्क
citizen-reason-payment-methods = भुगतान के तरीके
citizen-reason-location-parking = स्थान और पार्किंग
citizen-reason-reception = रिसेप्शन
citizen-reason-digital-channels = वेबसाइट और ऐप
citizen-reason-other = कुछ और
citizen-stage-journey = कुछ और सवाल (वैकल्पिक)
citizen-found-easily = क्या केंद्र आसानी से मिल गया?
citizen-wait-reasonable = क्या आपका प्रतीक्षा समय उचित था?
citizen-staff-helpful = क्या कर्मचारी मददगार और विनम्र थे?
citizen-process-clear = क्या यह स्पष्ट था कि आपको क्या करना है?
citizen-one-visit = क्या आपका अनुरोध एक ही विज़िट में पूरा हो गया?
citizen-clean-comfortable = क्या केंद्र साफ़ और आरामदायक था?
citizen-stage-about = आपके बारे में
citizen-visit-phase = आप अभी कहाँ हैं?
citizen-phase-still-here = अभी भी केंद्र में हूँ
citizen-phase-left = मैंने केंद्र छोड़ दिया है

## Shopper customer journey

shopper-title = ग्राहक यात्रा का मूल्यांकन
shopper-stage-before = विज़िट से पहले
shopper-website-accurate = क्या वेबसाइट या ऐप पर दी गई जानकारी सही और पूरी थी?
shopper-website-accurate-help = ऑनलाइन प्रकाशित आवश्यक दस्तावेज़ों, शुल्क और कार्य-समय की तुलना उससे करें जो केंद्र ने माँगा।
shopper-call-centre-reachable = क्या कॉल सेंटर से संपर्क हो सका और स्पष्ट उत्तर मिला?
shopper-stage-access = पहुँच और पार्किंग
shopper-easy-to-find = क्या केंद्र आसानी से मिल गया?
shopper-signage = क्या बाहर और अंदर के संकेत-चिह्न स्पष्ट थे?
shopper-parking = क्या पास में पार्किंग उपलब्ध थी?
shopper-accessibility = क्या केंद्र दिव्यांगजनों के लिए सुलभ था?
shopper-accessibility-help = रैंप या लिफ़्ट, दिव्यांगजनों के लिए पार्किंग स्थान, चौड़े दरवाज़े और सुलभ सेवा काउंटर।
shopper-stage-reception = रिसेप्शन और कतार
shopper-greeted-guided = क्या आपका स्वागत किया गया और आपको सही सेवा तक पहुँचाया गया?
shopper-queue-ticket = क्या आपको कतार का टिकट मिला?
shopper-priority-service = क्या बुज़ुर्गों, दिव्यांगजनों और गर्भवती महिलाओं को प्राथमिकता सेवा दी गई?
shopper-priority-service-help = देखें कि प्राथमिकता वाले आगंतुकों को पहले सेवा दी जाती है या उनके लिए अलग काउंटर है।
shopper-stage-waiting = प्रतीक्षा
shopper-waiting-time = सेवा मिलने से पहले आपने कितने मिनट प्रतीक्षा की?
shopper-waiting-time-help = टिकट लेने से लेकर कर्मचारी द्वारा आपका नंबर बुलाए जाने तक।
shopper-cleanliness = क्या प्रतीक्षा क्षेत्र साफ़ था?
shopper-seating-comfort = बैठने की जगह कितनी आरामदायक थी?
shopper-information-screens = क्या सूचना स्क्रीन पर कतार और उपयोगी जानकारी दिखाई गई?
shopper-stage-service = सेवा
shopper-employee-greeting = क्या कर्मचारी ने आपका अभिवादन किया?
shopper-name-badge = क्या कर्मचारी ने नाम का बैज लगाया था?
shopper-professional-appearance = क्या कर्मचारी का रूप-रंग पेशेवर था?
shopper-knowledge = कर्मचारी को सेवा की कितनी अच्छी जानकारी थी और उन्होंने उसे कितनी अच्छी तरह समझाया?
shopper-knowledge-help = 1: उत्तर नहीं दे सके; 5: हर सवाल का स्पष्ट और सही उत्तर दिया।
shopper-courtesy = कर्मचारी कितने शिष्ट थे?
shopper-completed-one-visit = क्या सेवा इसी एक विज़िट में पूरी हो गई?
shopper-service-time = केवल सेवा में कितने मिनट लगे?
shopper-service-time-help = काउंटर पर पहुँचने से लेकर सेवा पूरी होने तक।
shopper-fees-once = क्या शुल्क एक ही बार चुकाया गया, बिना किसी अप्रत्याशित शुल्क के?
shopper-payment-methods = क्या अपनी पसंद के तरीके से भुगतान करना संभव था (कार्ड, नकद, डिजिटल)?
shopper-digital-alternative = क्या कर्मचारी ने अगली बार के लिए वेबसाइट या ऐप का ज़िक्र किया?
shopper-stage-exit = प्रस्थान
shopper-thanked = क्या कर्मचारी ने आपको धन्यवाद दिया?
shopper-receipt = क्या आपको रसीद या पुष्टि मिली?
shopper-invited-to-rate = क्या आपसे सेवा को रेटिंग देने के लिए कहा गया?
shopper-complaints-channel = क्या शिकायत और सुझाव देने का माध्यम दिखाई दे रहा था?
shopper-stage-overall = समग्र अनुभव
shopper-overall-face = कुल मिलाकर, विज़िट कैसी रही?
