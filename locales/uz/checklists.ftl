# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = Tashrifingizni baholang
citizen-stage-rating = Tashrifingiz
citizen-face = Bugungi tashrifingiz qanday oʻtdi?
citizen-reasons = Nima yaxshiroq boʻlishi mumkin edi?
citizen-reason-waiting-time = Kutish vaqti
citizen-reason-employee-attitude = Xodimning munosabati
citizen-reason-process-clarity = Tartibning tushunarliligi
citizen-reason-completion-time = Soʻrovim bajarilishiga ketgan vaqt
citizen-reason-fees = Xizmat haqi
citizen-reason-payment-methods = Toʻlov usullari
citizen-reason-location-parking = Joylashuv va avtoturargoh
citizen-reason-reception = Kutib olish
citizen-reason-digital-channels = Veb-sayt va ilova
citizen-reason-other = Boshqa narsa
citizen-stage-journey = Yana bir nechta savol (ixtiyoriy)
citizen-found-easily = Markazni topish oson boʻldimi?
citizen-wait-reasonable = Kutish vaqtingiz meʼyorida boʻldimi?
citizen-staff-helpful = Xodim yordam berdimi va xushmuomala boʻldimi?
citizen-process-clear = Nima qilishingiz kerakligi tushunarli boʻldimi?
citizen-one-visit = Soʻrovingiz bir tashrifda bajarildimi?
citizen-clean-comfortable = Markaz toza va qulay edimi?
citizen-stage-about = Siz haqingizda
citizen-visit-phase = Hozir qayerdasiz?
citizen-phase-still-here = Hali markazdaman
citizen-phase-left = Markazdan chiqib ketdim

## Shopper customer journey

shopper-title = Mijoz yoʻlini baholash
shopper-stage-before = Tashrifdan oldin
shopper-website-accurate = Veb-sayt yoki ilovadagi maʼlumotlar aniq va toʻliq edimi?
shopper-website-accurate-help = Internetda eʼlon qilingan talab etiladigan hujjatlar, xizmat haqi va ish vaqtini markazda soʻralgan narsalar bilan solishtiring.
shopper-call-centre-reachable = Aloqa markaziga bogʻlanib, aniq javob ola oldingizmi?
shopper-stage-access = Borish va avtoturargoh
shopper-easy-to-find = Markazni topish oson boʻldimi?
shopper-signage = Tashqaridagi va ichkaridagi yoʻl koʻrsatkichlari tushunarli edimi?
shopper-parking = Yaqin atrofda avtoturargoh bormidi?
shopper-accessibility = Markaz imkoniyati cheklangan shaxslar uchun qulay edimi?
shopper-accessibility-help = Pandus yoki lift, imkoniyati cheklangan shaxslar uchun avtoturargoh joylari, keng eshiklar va moslashtirilgan xizmat koʻrsatish peshtaxtasi.
shopper-stage-reception = Kutib olish va navbat
shopper-greeted-guided = Sizni kutib olib, kerakli xizmatga yoʻnaltirishdimi?
shopper-queue-ticket = Navbat chiptasini oldingizmi?
shopper-priority-service = Keksalar, imkoniyati cheklangan shaxslar va homilador ayollarga navbatsiz xizmat taklif qilindimi?
shopper-priority-service-help = Imtiyozli tashrif buyuruvchilarga birinchi boʻlib xizmat koʻrsatilishini yoki ular uchun alohida peshtaxta borligini kuzating.
shopper-stage-waiting = Kutish
shopper-waiting-time = Sizga xizmat koʻrsatilgunga qadar necha daqiqa kutdingiz?
shopper-waiting-time-help = Chipta olingandan to xodim raqamingizni chaqirguncha.
shopper-cleanliness = Kutish zali toza edimi?
shopper-seating-comfort = Oʻrindiqlar qanchalik qulay edi?
shopper-information-screens = Axborot ekranlarida navbat va foydali maʼlumotlar koʻrsatildimi?
shopper-stage-service = Xizmat
shopper-employee-greeting = Xodim siz bilan salomlashdimi?
shopper-name-badge = Xodim ismi yozilgan beyj taqib olganmidi?
shopper-professional-appearance = Xodimning tashqi koʻrinishi professional edimi?
shopper-knowledge = Xodim xizmatni qanchalik yaxshi bilardi va uni qanchalik yaxshi tushuntirdi?
shopper-knowledge-help = 1: javob bera olmadi; 5: har bir savolga aniq va toʻgʻri javob berdi.
shopper-courtesy = Xodim qanchalik xushmuomala edi?
shopper-completed-one-visit = Xizmat shu bir tashrifning oʻzida koʻrsatildimi?
shopper-service-time = Xizmatning oʻzi necha daqiqa davom etdi?
shopper-service-time-help = Peshtaxtaga yetib kelgandan to xizmat tugaguncha.
shopper-fees-once = Xizmat haqi kutilmagan qoʻshimcha toʻlovlarsiz bir marta toʻlandimi?
shopper-payment-methods = Oʻzingiz xohlagan usulda (karta, naqd pul, raqamli toʻlov) toʻlay oldingizmi?
shopper-digital-alternative = Xodim keyingi safar uchun veb-sayt yoki ilovani eslatib oʻtdimi?
shopper-stage-exit = Chiqish
shopper-thanked = Xodim sizga minnatdorchilik bildirdimi?
shopper-receipt = Kvitansiya yoki tasdiqnoma oldingizmi?
shopper-invited-to-rate = Sizga xizmatni baholash taklif qilindimi?
shopper-complaints-channel = Shikoyat va takliflar uchun kanal koʻzga tashlanib turarmidi?
shopper-stage-overall = Umumiy taassurot
shopper-overall-face = Umuman olganda, tashrif qanday oʻtdi?
