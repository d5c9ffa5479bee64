# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = تقييم زيارتك
citizen-stage-rating = زيارتك
citizen-face = كيف كانت زيارتك اليوم؟
citizen-reasons = ما الذي كان يمكن أن يكون أفضل؟
citizen-reason-waiting-time = وقت الانتظار
citizen-reason-employee-attitude = تعامل الموظف
citizen-reason-process-clarity = وضوح الإجراءات
citizen-reason-completion-time = الوقت اللازم لإنجاز طلبي
citizen-reason-fees = الرسوم
citizen-reason-payment-methods = طرق الدفع
citizen-reason-location-parking = الموقع ومواقف السيارات
citizen-reason-reception = الاستقبال
citizen-reason-digital-channels = الموقع الإلكتروني والتطبيق
citizen-reason-other = أمر آخر
citizen-stage-journey = بضعة أسئلة أخرى (اختيارية)
citizen-found-easily = هل كان العثور على المركز سهلاً؟
citizen-wait-reasonable = هل كان وقت انتظارك معقولاً؟
citizen-staff-helpful = هل كان الموظف متعاوناً ولبقاً؟
citizen-process-clear = هل كانت الخطوات المطلوبة منك واضحة؟
citizen-one-visit = هل أُنجز طلبك في زيارة واحدة؟
citizen-clean-comfortable = هل كان المركز نظيفاً ومريحاً؟
citizen-stage-about = معلومات عنك
citizen-visit-phase = أين أنت الآن؟
citizen-phase-still-here = ما زلت في المركز
citizen-phase-left = غادرت المركز

## Shopper customer journey

shopper-title = تقييم رحلة المتعامل
shopper-stage-before = قبل الزيارة
shopper-website-accurate = هل كانت المعلومات على الموقع الإلكتروني أو التطبيق دقيقة وكاملة؟
shopper-website-accurate-help = قارن المستندات المطلوبة والرسوم وساعات العمل المنشورة على الإنترنت بما طلبه المركز.
shopper-call-centre-reachable = هل تمكنت من التواصل مع مركز الاتصال والحصول على إجابة واضحة؟
shopper-stage-access = الوصول ومواقف السيارات
shopper-easy-to-find = هل كان العثور على المركز سهلاً؟
shopper-signage = هل كانت اللافتات الإرشادية خارج المركز وداخله واضحة؟
shopper-parking = هل توفرت مواقف سيارات قريبة؟
shopper-accessibility = هل كان المركز مهيأً لأصحاب الهمم؟
shopper-accessibility-help = منحدرات أو مصاعد، ومواقف سيارات مخصصة لأصحاب الهمم، وأبواب واسعة، ومنصة خدمة مهيأة لهم.
shopper-stage-reception = الاستقبال ونظام الدور
shopper-greeted-guided = هل تم استقبالك وإرشادك إلى الخدمة الصحيحة؟
shopper-queue-ticket = هل حصلت على تذكرة رقم الدور؟
shopper-priority-service = هل قُدمت خدمة الأولوية لكبار السن وأصحاب الهمم والحوامل؟
shopper-priority-service-help = لاحظ ما إذا كان أصحاب الأولوية يُخدمون أولاً أو تُخصص لهم منصة خدمة.
shopper-stage-waiting = الانتظار
shopper-waiting-time = كم دقيقة انتظرت قبل أن تُقدَّم لك الخدمة؟
shopper-waiting-time-help = من لحظة أخذ التذكرة حتى نداء الموظف لرقمك.
shopper-cleanliness = هل كانت منطقة الانتظار نظيفة؟
shopper-seating-comfort = ما مدى راحة المقاعد؟
shopper-information-screens = هل عرضت شاشات المعلومات أرقام الدور ومعلومات مفيدة؟
shopper-stage-service = الخدمة
shopper-employee-greeting = هل رحّب بك الموظف؟
shopper-name-badge = هل كان الموظف يضع بطاقة تعريف تحمل اسمه؟
shopper-professional-appearance = هل كان مظهر الموظف مهنياً؟
shopper-knowledge = ما مدى إلمام الموظف بالخدمة وقدرته على شرحها؟
shopper-knowledge-help = 1: لم يستطع الإجابة؛ 5: أجاب عن كل سؤال بوضوح ودقة.
shopper-courtesy = ما مدى لباقة الموظف؟
shopper-completed-one-visit = هل أُنجزت الخدمة في هذه الزيارة وحدها؟
shopper-service-time = كم دقيقة استغرقت الخدمة نفسها؟
shopper-service-time-help = من الوصول إلى منصة الخدمة حتى إنجاز الخدمة.
shopper-fees-once = هل دُفعت الرسوم مرة واحدة دون رسوم غير متوقعة؟
shopper-payment-methods = هل تمكنت من الدفع بالطريقة التي تريدها (بطاقة، نقداً، دفع رقمي)؟
shopper-digital-alternative = هل أشار الموظف إلى الموقع الإلكتروني أو التطبيق للمرة القادمة؟
shopper-stage-exit = المغادرة
shopper-thanked = هل شكرك الموظف؟
shopper-receipt = هل حصلت على إيصال أو تأكيد؟
shopper-invited-to-rate = هل دُعيت إلى تقييم الخدمة؟
shopper-complaints-channel = هل كانت قناة الشكاوى والاقتراحات ظاهرة؟
shopper-stage-overall = الانطباع العام
shopper-overall-face = بشكل عام، كيف كانت الزيارة؟
