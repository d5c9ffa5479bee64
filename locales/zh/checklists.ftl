# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = 为您的来访评分
citizen-stage-rating = 您的来访
citizen-face = 您今天的来访体验如何？
citizen-reasons = 哪些方面可以做得更好？
citizen-reason-waiting-time = 等候时间
citizen-reason-employee-attitude = 工作人员态度
citizen-reason-process-clarity = 办理流程的清晰度
citizen-reason-completion-time = 办完我的事项所用时间
citizen-reason-fees = 费用
citizen-reason-payment-methods = 付款方式
citizen-reason-location-parking = 位置和停车
citizen-reason-reception = 接待
citizen-reason-digital-channels = 网站和应用
citizen-reason-other = 其他
citizen-stage-journey = 再问几个问题（可选）
citizen-found-easily = 服务中心好找吗？
citizen-wait-reasonable = 您的等候时间合理吗？
citizen-staff-helpful = 工作人员是否热心、有礼貌？
citizen-process-clear = 您是否清楚需要做什么？
citizen-one-visit = 您的事项是否一次办完？
citizen-clean-comfortable = 服务中心是否干净舒适？
citizen-stage-about = 关于您
citizen-visit-phase = 您现在在哪里？
citizen-phase-still-here = 还在服务中心
citizen-phase-left = 已离开服务中心

## Shopper customer journey

shopper-title = 客户旅程评估
shopper-stage-before = 来访前
shopper-website-accurate = 网站或应用上的信息是否准确、完整？
shopper-website-accurate-help = 将网上公布的所需材料、费用和办公时间与服务中心实际要求的内容进行对比。
shopper-call-centre-reachable = 能否打通呼叫中心并得到明确答复？
shopper-stage-access = 到达与停车
shopper-easy-to-find = 服务中心好找吗？
shopper-signage = 室外和室内的标识是否清楚？
shopper-parking = 附近是否有停车位？
shopper-accessibility = 服务中心是否便于残障人士使用？
shopper-accessibility-help = 坡道或电梯、无障碍停车位、宽敞的门以及无障碍服务柜台。
shopper-stage-reception = 接待与排队
shopper-greeted-guided = 是否有人接待您并引导您办理正确的服务？
shopper-queue-ticket = 您是否拿到排队号？
shopper-priority-service = 是否为老年人、残障人士和孕妇提供优先服务？
shopper-priority-service-help = 观察享有优先权的来访者是否优先办理，或是否设有专用柜台。
shopper-stage-waiting = 等候
shopper-waiting-time = 您等了多少分钟才开始办理？
shopper-waiting-time-help = 从取号到工作人员叫到您的号码为止。
shopper-cleanliness = 等候区是否干净？
shopper-seating-comfort = 座椅舒适程度如何？
shopper-information-screens = 信息屏是否显示排队情况和有用信息？
shopper-stage-service = 服务过程
shopper-employee-greeting = 工作人员是否向您问好？
shopper-name-badge = 工作人员是否佩戴姓名牌？
shopper-professional-appearance = 工作人员仪表是否专业？
shopper-knowledge = 工作人员对该服务的熟悉程度和讲解能力如何？
shopper-knowledge-help = 1：无法回答；5：清楚、准确地回答了每个问题。
shopper-courtesy = 工作人员的礼貌程度如何？
shopper-completed-one-visit = 这项服务是否在本次来访中办完？
shopper-service-time = 服务本身用了多少分钟？
shopper-service-time-help = 从到达柜台到服务办完为止。
shopper-fees-once = 费用是否一次付清，没有意外收费？
shopper-payment-methods = 能否按您希望的方式付款（银行卡、现金、电子支付）？
shopper-digital-alternative = 工作人员是否提到下次可使用网站或应用办理？
shopper-stage-exit = 离开
shopper-thanked = 工作人员是否向您致谢？
shopper-receipt = 您是否收到收据或确认？
shopper-invited-to-rate = 是否邀请您为服务评分？
shopper-complaints-channel = 投诉和建议渠道是否醒目可见？
shopper-stage-overall = 总体印象
shopper-overall-face = 总体而言，这次来访如何？
