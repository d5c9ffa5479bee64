# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = اپنے دورے کے بارے میں رائے دیں
citizen-stage-rating = آپ کا دورہ
citizen-face = آج آپ کا دورہ کیسا رہا؟
citizen-reasons = کیا چیز بہتر ہو سکتی تھی؟
citizen-reason-waiting-time = انتظار کا وقت
citizen-reason-employee-attitude = ملازم کا رویہ
citizen-reason-process-clarity = طریقۂ کار کی وضاحت
citizen-reason-completion-time = میری درخواست مکمل ہونے میں لگنے والا وقت
citizen-reason-fees = فیس
citizen-reason-payment-methods = ادائیگی کے طریقے
citizen-reason-location-parking = مقام اور پارکنگ
citizen-reason-reception = استقبالیہ
citizen-reason-digital-channels = ویب سائٹ اور ایپ
citizen-reason-other = کچھ اور
citizen-stage-journey = چند مزید سوالات (اختیاری)
citizen-found-easily = کیا مرکز آسانی سے مل گیا؟
citizen-wait-reasonable = کیا آپ کے انتظار کا وقت مناسب تھا؟
citizen-staff-helpful = کیا ملازم مددگار اور خوش اخلاق تھا؟
citizen-process-clear = کیا یہ واضح تھا کہ آپ کو کیا کرنا ہے؟
citizen-one-visit = کیا آپ کی درخواست ایک ہی دورے میں مکمل ہو گئی؟
citizen-clean-comfortable = کیا مرکز صاف ستھرا اور آرام دہ تھا؟
citizen-stage-about = آپ کے بارے میں
citizen-visit-phase = آپ اس وقت کہاں ہیں؟
citizen-phase-still-here = ابھی مرکز میں ہوں
citizen-phase-left = میں نے مرکز چھوڑ دیا ہے

## Shopper customer journey

shopper-title = صارف کے سفر کا جائزہ
shopper-stage-before = دورے سے پہلے
shopper-website-accurate = کیا ویب سائٹ یا ایپ پر دی گئی معلومات درست اور مکمل تھیں؟
shopper-website-accurate-help = آن لائن شائع شدہ مطلوبہ دستاویزات، فیس اور اوقاتِ کار کا موازنہ اس سے کریں جو مرکز نے طلب کیا۔
shopper-call-centre-reachable = کیا کال سینٹر سے رابطہ ہو سکا اور واضح جواب ملا؟
shopper-stage-access = رسائی اور پارکنگ
shopper-easy-to-find = کیا مرکز آسانی سے مل گیا؟
shopper-signage = کیا باہر اور اندر رہنمائی کے نشانات واضح تھے؟
shopper-parking = کیا قریب پارکنگ دستیاب تھی؟
shopper-accessibility = کیا مرکز خصوصی افراد کے لیے قابلِ رسائی تھا؟
shopper-accessibility-help = ریمپ یا لفٹ، خصوصی افراد کے لیے پارکنگ کی جگہیں، چوڑے دروازے اور قابلِ رسائی سروس کاؤنٹر۔
shopper-stage-reception = استقبالیہ اور قطار
shopper-greeted-guided = کیا آپ کا استقبال کیا گیا اور درست سروس کی طرف رہنمائی کی گئی؟
shopper-queue-ticket = کیا آپ کو قطار کا ٹکٹ ملا؟
shopper-priority-service = کیا بزرگوں، خصوصی افراد اور حاملہ خواتین کو ترجیحی سروس پیش کی گئی؟
shopper-priority-service-help = دیکھیں کہ ترجیحی افراد کو پہلے سروس دی جاتی ہے یا ان کے لیے الگ کاؤنٹر ہے۔
shopper-stage-waiting = انتظار
shopper-waiting-time = سروس ملنے سے پہلے آپ نے کتنے منٹ انتظار کیا؟
shopper-waiting-time-help = ٹکٹ لینے سے لے کر ملازم کے آپ کا نمبر پکارنے تک۔
shopper-cleanliness = کیا انتظار گاہ صاف تھی؟
shopper-seating-comfort = نشستیں کتنی آرام دہ تھیں؟
shopper-information-screens = کیا معلوماتی اسکرینوں پر قطار کی صورتحال اور مفید معلومات دکھائی گئیں؟
shopper-stage-service = سروس
shopper-employee-greeting = کیا ملازم نے آپ کو خوش آمدید کہا؟
shopper-name-badge = کیا ملازم نے نام کا بیج لگایا ہوا تھا؟
shopper-professional-appearance = کیا ملازم کی وضع قطع پیشہ ورانہ تھی؟
shopper-knowledge = ملازم سروس کے بارے میں کتنا جانتا تھا اور اس نے کتنی اچھی طرح سمجھایا؟
shopper-knowledge-help = 1: جواب نہیں دے سکا؛ 5: ہر سوال کا واضح اور درست جواب دیا۔
shopper-courtesy = ملازم کتنا خوش اخلاق تھا؟
shopper-completed-one-visit = کیا سروس اسی ایک دورے میں مکمل ہو گئی؟
shopper-service-time = خود سروس میں کتنے منٹ لگے؟
shopper-service-time-help = کاؤنٹر پر پہنچنے سے لے کر سروس مکمل ہونے تک۔
shopper-fees-once = کیا فیس ایک ہی بار ادا کی گئی، بغیر کسی غیر متوقع چارج کے؟
shopper-payment-methods = کیا اپنی پسند کے طریقے سے ادائیگی ممکن تھی (کارڈ، نقد، ڈیجیٹل)؟
shopper-digital-alternative = کیا ملازم نے اگلی بار کے لیے ویب سائٹ یا ایپ کا ذکر کیا؟
shopper-stage-exit = روانگی
shopper-thanked = کیا ملازم نے آپ کا شکریہ ادا کیا؟
shopper-receipt = کیا آپ کو رسید یا تصدیق ملی؟
shopper-invited-to-rate = کیا آپ کو سروس کے بارے میں رائے دینے کی دعوت دی گئی؟
shopper-complaints-channel = کیا شکایات اور تجاویز کا ذریعہ نمایاں تھا؟
shopper-stage-overall = مجموعی تاثر
shopper-overall-face = مجموعی طور پر دورہ کیسا رہا؟
