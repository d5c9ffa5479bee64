# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = Оцените Ваше посещение
citizen-stage-rating = Ваше посещение
citizen-face = Как прошло Ваше посещение сегодня?
citizen-reasons = Что можно было бы улучшить?
citizen-reason-waiting-time = Время ожидания
citizen-reason-employee-attitude = Отношение сотрудника
citizen-reason-process-clarity = Понятность процедуры
citizen-reason-completion-time = Время выполнения моего запроса
citizen-reason-fees = Сборы
citizen-reason-payment-methods = Способы оплаты
citizen-reason-location-parking = Расположение и парковка
citizen-reason-reception = Встреча посетителей
citizen-reason-digital-channels = Сайт и приложение
citizen-reason-other = Другое
citizen-stage-journey = Ещё несколько вопросов (необязательно)
citizen-found-easily = Легко ли было найти центр?
citizen-wait-reasonable = Было ли время ожидания приемлемым?
citizen-staff-helpful = Был ли сотрудник вежлив и готов помочь?
citizen-process-clear = Было ли понятно, что Вам нужно сделать?
citizen-one-visit = Был ли Ваш запрос выполнен за одно посещение?
citizen-clean-comfortable = Было ли в центре чисто и удобно?
citizen-stage-about = О Вас
citizen-visit-phase = Где Вы сейчас?
citizen-phase-still-here = Я ещё в центре
citizen-phase-left = Я уже не в центре

## Shopper customer journey

shopper-title = Оценка пути клиента
shopper-stage-before = До посещения
shopper-website-accurate = Была ли информация на сайте или в приложении точной и полной?
shopper-website-accurate-help = Сравните требуемые документы, сборы и часы работы, опубликованные в интернете, с тем, что запросили в центре.
shopper-call-centre-reachable = Удалось ли дозвониться в колл-центр и получить чёткий ответ?
shopper-stage-access = Доступ и парковка
shopper-easy-to-find = Легко ли было найти центр?
shopper-signage = Были ли понятны указатели снаружи и внутри?
shopper-parking = Была ли поблизости парковка?
shopper-accessibility = Был ли центр доступен для людей с инвалидностью?
shopper-accessibility-help = Пандусы или лифты, парковочные места для людей с инвалидностью, широкие двери и доступная стойка обслуживания.
shopper-stage-reception = Встреча посетителей и очередь
shopper-greeted-guided = Вас встретили и направили к нужной услуге?
shopper-queue-ticket = Выдали ли Вам талон очереди?
shopper-priority-service = Предлагалось ли приоритетное обслуживание пожилым людям, людям с инвалидностью и беременным женщинам?
shopper-priority-service-help = Обратите внимание, обслуживают ли приоритетных посетителей первыми или есть ли для них отдельная стойка.
shopper-stage-waiting = Ожидание
shopper-waiting-time = Сколько минут Вы ждали, прежде чем Вас обслужили?
shopper-waiting-time-help = С момента получения талона до вызова Вашего номера сотрудником.
shopper-cleanliness = Была ли зона ожидания чистой?
shopper-seating-comfort = Насколько удобными были сиденья?
shopper-information-screens = Показывали ли информационные экраны очередь и полезную информацию?
shopper-stage-service = Обслуживание
shopper-employee-greeting = Поздоровался ли с Вами сотрудник?
shopper-name-badge = Был ли у сотрудника бейдж с именем?
shopper-professional-appearance = Выглядел ли сотрудник профессионально?
shopper-knowledge = Насколько хорошо сотрудник знал услугу и объяснял её?
shopper-knowledge-help = 1: не смог ответить; 5: чётко и правильно ответил на все вопросы.
shopper-courtesy = Насколько вежлив был сотрудник?
shopper-completed-one-visit = Была ли услуга оказана за одно это посещение?
shopper-service-time = Сколько минут заняло само обслуживание?
shopper-service-time-help = С момента подхода к стойке до завершения обслуживания.
shopper-fees-once = Были ли сборы оплачены один раз, без неожиданных платежей?
shopper-payment-methods = Могли ли Вы оплатить удобным Вам способом (карта, наличные, цифровой платёж)?
shopper-digital-alternative = Упомянул ли сотрудник сайт или приложение на будущее?
shopper-stage-exit = Завершение посещения
shopper-thanked = Поблагодарил ли Вас сотрудник?
shopper-receipt = Получили ли Вы квитанцию или подтверждение?
shopper-invited-to-rate = Предложили ли Вам оценить обслуживание?
shopper-complaints-channel = Был ли на виду канал для жалоб и предложений?
shopper-stage-overall = Общее впечатление
shopper-overall-face = Как в целом прошло посещение?
