# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = Русский
app-name = Тайный покупатель
go-home = На начальный экран
not-found-title = Такой страницы нет
store-failed-title = Приложению не удаётся открыть хранилище на этом устройстве
settings-set-aside = Не удалось прочитать настройки, сохранённые на этом устройстве. Их копия отложена, действуют настройки по умолчанию: проверьте свой выбор в настройках.
cancel = Отмена
save = Сохранить
saved = Сохранено
previous = Назад
next = Далее

## Connection and outbox badge

connection-online = В сети
connection-offline = Нет подключения — Ваша работа сохранена на этом устройстве
connection-unknown = Подключение…
outbox-badge = { $count ->
    [0] Нет оценок, ожидающих отправки
    [one] { $count } оценка ожидает отправки
    [few] { $count } оценки ожидают отправки
    [many] { $count } оценок ожидают отправки
   *[other] { $count } оценки ожидают отправки
}

## First run and settings

welcome-title = Добро пожаловать
welcome-lead = Оцените посещение государственного центра обслуживания или проведите назначенную Вам оценку.
language-label = Язык
welcome-role = Кто пользуется приложением?
role-citizen = Я посетитель
role-citizen-hint = Оцените посещение в несколько касаний
role-shopper = Я тайный покупатель
role-shopper-hint = Проведите полную оценку
settings-title = Настройки
settings-server = Адрес сервера

## Finding a centre

centres-title = Выберите центр
centres-search = Поиск по названию
centres-nearest = Сначала ближайшие
centres-locating = Определяем Ваше местоположение…
centres-entity = Ведомство
centres-all = Все
centres-none-yet = Список центров ещё не загружен. Подключитесь к интернету хотя бы один раз или откройте ссылку из QR-кода центра.
centres-no-match = По Вашему запросу центров не найдено.
distance-km = { $km } км от Вас

## Citizen rating

face-happy = Понравилось
face-neutral = Нормально
face-unhappy = Не понравилось
rate-more = Добавить подробности (необязательно)
rate-comment = Ваш комментарий
rate-employee = Имя сотрудника или номер стойки
rate-submit = Отправить оценку
rate-unknown-centre = Этого центра нет в списке
rate-unknown-centre-hint = Проверьте ссылку или QR-код либо выберите центр из списка.
checklist-missing = Эта форма оценки пока недоступна на этом устройстве.
missing-item = Ответьте, пожалуйста: { $item }
confirm-thanks = Спасибо за Вашу оценку
confirm-sending = Отправка…
confirm-sent = Отправлено. Центр увидит Вашу оценку.
confirm-saved = Сохранено на этом устройстве. Оценка будет отправлена автоматически, когда подключение восстановится.
confirm-refused = Не удалось отправить: { $reason }
confirm-again = Оценить другое посещение

## Answers

answer-yes = Да
answer-no = Нет
answer-na = Не относится
scale-1 = 1 — Очень плохо
scale-2 = 2 — Плохо
scale-3 = 3 — Удовлетворительно
scale-4 = 4 — Хорошо
scale-5 = 5 — Отлично
unit-minutes = { $count ->
    [one] мин (норматив: { $count } минута)
    [few] мин (норматив: { $count } минуты)
    [many] мин (норматив: { $count } минут)
   *[other] мин (норматив: { $count } минуты)
}
evidence-photo-needed = Добавьте фото, на котором это видно.
evidence-comment-needed = Опишите в комментарии, что произошло.
comment-add = Добавить комментарий
comment-label = Комментарий
comment-placeholder = Что Вы заметили?
photo-add = Добавить фото
photo-processing = Подготовка фото…
photo-not-an-image = Этот файл не является фотографией. Выберите изображение JPEG или PNG.
photo-unreadable = Не удалось прочитать фото: { $reason }
photo-count = { $count ->
    [one] { $count } фото
    [few] { $count } фото
    [many] { $count } фото
   *[other] { $count } фото
}

## Shopper visits

sign-in-title = Вход
sign-in-username = Имя пользователя
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-wrong = Неверное имя пользователя или пароль.
sign-in-offline = Сервер недоступен. Проверьте подключение и повторите попытку.
sign-in-as = Вы вошли как { $name }
sign-out = Выйти
visits-title = Мои посещения
visits-sign-in-first = Войдите, чтобы Ваши оценки можно было отправить.
visits-in-progress = Незавершённые посещения
visits-new = Начать новое посещение
visits-centre = Центр
visits-service = Услуга
visits-start = Начать посещение
answered-count = { $count ->
    [one] Пока { $count } ответ
    [few] Пока { $count } ответа
    [many] Пока { $count } ответов
   *[other] Пока { $count } ответа
}
visit-not-found = Этого посещения нет на этом устройстве.
visit-submitted = Это посещение уже завершено.
visit-progress = Ход оценки
visit-stages = Этапы посещения
visit-review = Проверить и завершить
check-in = Отметить прибытие
check-in-needed = Отметьте прибытие, когда придёте в центр: будут записаны время и Ваше местоположение.
checked-in-at = Прибытие отмечено в { $time }.
check-in-inside = В центре.
check-in-outside = За пределами территории центра.
check-in-no-location = Местоположение недоступно.
timer-start = Запустить таймер
timer-stop = Остановить таймер

## Summary

summary-title = Проверьте оценку
summary-complete = На все обязательные вопросы даны ответы.
summary-missing = { $count ->
    [one] Ещё { $count } пункт требует внимания
    [few] Ещё { $count } пункта требуют внимания
    [many] Ещё { $count } пунктов требуют внимания
   *[other] Ещё { $count } пункта требуют внимания
}
missing-answer = нужен ответ
missing-photo = нужно фото
missing-comment = нужен комментарий
summary-score = Результат по этапам
summary-stage = Этап
summary-percent = Результат
summary-overall = Оценка в целом
summary-employee = Имя сотрудника или номер стойки
summary-comment = Общий комментарий
summary-submit = Завершить оценку

## Outbox

outbox-title = Исходящие
outbox-empty = На этом устройстве пока нет оценок.
outbox-kind-rating = Оценка
outbox-kind-visit = Посещение
outbox-resume = Продолжить
outbox-delete = Удалить
outbox-delete-confirm = Удалить этот черновик? Это действие нельзя отменить.
outbox-delete-yes = Да, удалить
outbox-retry = Повторить
state-draft = Черновик — ещё не завершён
state-waiting = Ожидает отправки
state-uploading = Отправка…
state-uploaded = Отправлено
state-retrying = Пока не отправлено — повторная попытка будет сделана автоматически
state-refused = Сервер не принял: { $reason }
state-needs-sign-in = Войдите, чтобы отправить

## Why the server refused an evaluation (by the server's error code)

error-conflict = Другая оценка с тем же номером уже была отправлена.
error-not-returned = Эта оценка сейчас на проверке, и её нельзя изменить.
error-revision-out-of-order = Эта версия оценки не следует за последней версией, которая есть на сервере.
error-unknown-centre = Этот центр больше не известен серверу.
error-unknown-service = Центр больше не предоставляет эту услугу.
error-unknown-template = Эта версия формы неизвестна серверу. Обновите приложение.
error-template-mismatch = Оценка не соответствует своей форме. Обновите приложение.
error-invalid-role = Эту форму нельзя использовать в этой роли.
error-missing-answer = Нет обязательного ответа.
error-missing-photo = Нет обязательного фото.
error-missing-comment = Нет обязательного комментария.
error-photo-missing = Фото не дошло до сервера. Повторите попытку.
error-too-large = Оценка или одно из её фото имеет слишком большой размер.
error-invalid-workbook = Файл не является книгой, которую может прочитать сервер, или слишком велик. Сохраните его снова в формате .xlsx.
error-password-change-required = Сначала смените временный пароль.
error-weak-password = Выберите пароль длиннее: не менее 12 символов, не имя пользователя и не распространённый пароль.
error-too-long = Текст слишком длинный.
error-invalid-field = Сервер не смог прочитать часть оценки. Обновите приложение.
error-wrong-kind = Ответ имеет неверный формат. Обновите приложение.
error-invalid-value = Один из ответов недопустим.
error-unknown-item = В оценке есть ответ, которого не предусматривает форма. Обновите приложение.
error-bad-json = Сервер не смог прочитать оценку. Обновите приложение.
error-id-mismatch = Номер оценки не совпадает. Обновите приложение.
error-hash-mismatch = Фото было повреждено при передаче. Повторите попытку.
error-not-an-image = Не удалось распознать фото как изображение.
error-forbidden = Вашей учётной записи не разрешено отправлять эту оценку.
error-unauthorized = Войдите снова, чтобы отправить эту оценку.
error-invalid-id = Номер оценки недействителен. Обновите приложение.
error-invalid-photo-id = Недопустимое имя фото. Обновите приложение.

## Сохранение на этом устройстве

store-save-failed = Не сохранено на этом устройстве. Введённое вами осталось здесь; попробуйте ещё раз.
store-read-failed = Не удалось прочитать оценки, сохранённые на этом устройстве. Закройте приложение и откройте снова; если это повторяется, обратитесь за помощью.

## Выход

sign-out-waiting = Некоторые визиты ждут отправки, и для них нужен ваш вход. Они останутся на этом устройстве и отправятся, когда вы снова войдёте.
sign-out-yes = Всё равно выйти
signed-out = Вы вышли из системы.

## Другие причины, которые называет сервер (по коду ошибки)

error-rate-limited = Только что отсюда отправили слишком много оценок. Ваша сохранена и будет отправлена автоматически чуть позже.
error-too-many-attempts = Слишком много попыток входа. Подождите несколько минут и попробуйте снова.
error-staff-cannot-rate = С учётной записи сотрудника нельзя отправить оценку посетителя. Выйдите и отправьте её снова.
error-citizen-not-revisable = Оценку посетителя нельзя изменить после отправки.
error-photo-has-metadata = В фото остались скрытые данные, например место съёмки. Обновите приложение.
error-photo-too-large = Фото слишком большое. Сделайте его заново или выберите поменьше.
error-implausible-value = Один из ответов не может быть верным, например очень долгое ожидание. Проверьте его и попробуйте снова.
error-unknown-locale = Сервер не знает язык этой оценки. Обновите приложение.
error-unsupported-media-type = Сервер не принимает файлы такого типа. Обновите приложение.
error-unknown-kiosk = Этот киоск не зарегистрирован. Попросите сотрудников центра зарегистрировать его снова.
error-kiosk-wrong-centre = Этот киоск зарегистрирован для другого центра. Попросите сотрудников центра проверить его.
error-invalid-path = Приложение обратилось по адресу, который сервер не принимает. Обновите приложение.

error-bad-body = Не удалось прочитать запрос. Попробуйте ещё раз.
error-bad-query = Поиск или фильтр не распознан.
error-internal = На сервере произошла ошибка. Ничего не изменено; попробуйте позже.
error-method-not-allowed = Здесь это действие невозможно.
error-not-found = На сервере нет запрошенного.
connection-offline-short = Офлайн
rate-loading-centre = Загрузка центра…
rate-catalogue-unavailable = Списка центров на этом устройстве пока нет. Подключитесь к интернету и попробуйте ещё раз.
photo-remove = Удалить это фото
photo-thumbnail = Фото { $number }
visits-change-centre = Сменить центр
visits-service-needed = Выберите услугу, которую Вы оцениваете.
settings-digits = Цифры
error-illegal-transition = Такое решение невозможно при текущем статусе оценки.
error-evidence-required = Чтобы отметить это действие выполненным, нужен комментарий о том, что сделано, и фото, если действие его требует.
error-comment-required = Укажите причину в комментарии, когда возвращаете или отклоняете оценку.

role-supervisor = Я проверяю оценки или руковожу центром (сотрудники)
review-status-received = Получена
review-status-has-issues = Есть замечания
review-status-returned = Возвращена тайному покупателю
review-status-approved = Одобрена
review-status-rejected = Отклонена
review-inbox-title = Оценки на проверку
review-filter-status = Статус
review-filter-role = Кто оценивал
review-all = Все
review-role-citizen = Граждане
review-role-shopper = Тайные покупатели
review-count = Найдено оценок: { $count }
review-inbox-empty = С этими фильтрами здесь ничего нет.
review-select = Выбрать
review-col-centre = Центр
review-col-role = Кем
review-col-visit = Визит
review-col-score = Балл
review-col-status = Статус
review-col-photos = Фото
review-col-place = Отметка о прибытии
review-more = Показать ещё
review-bulk-done = Одобрено: { $count }
review-bulk-confirm = Одобрить выбранные оценки ({ $count })?
review-approve = Одобрить
review-approve-selected = Одобрить выбранные ({ $count })
review-visit-photos = Фото визита
review-no-check-in = Без отметки о прибытии
review-outside-by = Вне зоны центра на { $metres } м
review-by = Отправитель
review-minutes-of-target = { $minutes } мин (цель { $target } мин)
review-history = История
review-received-revision = Получена редакция { $revision }
review-commented = Комментарий
review-no-moves = Сейчас решение невозможно: ожидается тайный покупатель.
review-comment = Комментарий для покупателя или для записи
review-do-approved = Одобрить
review-do-has-issues = Отметить замечания
review-do-rejected = Отклонить
review-do-returned = Вернуть покупателю
review-compared = Редакция { $revision }; изменения с редакции { $previous } отмечены.
review-was = Было: { $answer }
visit-returned = Возвращено руководителем: { $comment }
review-from = С
review-to = По
review-next = Следующая оценка
review-filters = Фильтры

## Centre performance
review-places = Проверка
stats-title = Показатели
stats-period = Период
stats-last-30 = Последние 30 дней
stats-last-90 = Последние 90 дней
stats-last-365 = Последние 12 месяцев
stats-entity = Ведомство
stats-combined = Сводный индекс
stats-customer = Индекс клиентов
stats-audit = Индекс аудита
stats-rating = Оценка
stats-rank = Место
stats-evaluations = Оценки
stats-evaluation-count = Оценок: { $count }
stats-answer-count = Ответов: { $count }
stats-stars = { $stars } из { $max } звёзд
stats-too-few = Слишком мало для оценки
stats-no-rating = Ещё не оценено
stats-league = Центры
stats-no-centres = Нет центров для показа.
stats-back = Все центры
stats-trend = Динамика
stats-trend-summary = Сводный индекс и оба индекса за период
stats-trend-table = Показать цифры таблицей
stats-week = Неделя { $week }
stats-stages = Этапы пути клиента
stats-no-evaluations = За этот период ни одна оценка не учитывается.
stats-happiness = Удовлетворённость граждан
stats-no-citizens = За этот период нет оценок граждан.
stats-reasons = Причины недовольства
stats-strengths = Сильные стороны
stats-weaknesses = Возможности для улучшения
stats-too-few-items = Пока слишком мало ответов.
stats-employees = Сотрудники и окна
stats-no-employees = За этот период не назван ни один сотрудник или окно.
stats-alerts = Оповещения
stats-alert-text = { $unhappy } из { $ratings } оценок недовольны за { $minutes } мин
stats-alert-cleared = уже в норме
stats-acknowledge = Принято
stats-exports = Выгрузки
stats-export-evaluations-csv = Оценки (CSV)
stats-export-evaluations-xlsx = Оценки (Excel)
stats-export-answers-csv = Ответы (CSV)
stats-export-rows = { $done } из { $total } строк
stats-export-bytes = Получено { $kb } КБ
stats-export-saved = Сохранено: { $place }
stats-settings = Как присваиваются звёзды
stats-settings-customer-weight = Вес индекса клиентов (%)
stats-settings-min-customer-count = Оценок граждан нужно для звёзд
stats-settings-min-audit-count = Одобренных аудитов нужно для звёзд
stats-settings-band = { $stars } звёзд от (%)
stats-settings-bands = Пороги звёзд
stats-settings-save = Сохранить
stats-settings-saved = Сохранено; теперь все показатели используют это.
stats-settings-not-number = Не число: { $field }

## Proof of visit
review-filter-flag = Подтверждение визита
proof-flag-outside-geofence = Отметка вне центра
proof-flag-no-location = Нет местоположения
proof-flag-duplicate-photos = Фото уже есть в другой оценке
proof-flag-clock-skew = Часы устройства шли неверно
proof-clock-offset = Часы устройства расходились на { $minutes } мин; время визита исправлено.
check-in-accuracy = ± { $metres } м
location-denied = Геолокация для приложения выключена: отметка сохранена без неё. Её можно разрешить в настройках устройства.
location-timeout = Местоположение не определилось вовремя: отметка сохранена без него.
location-unavailable = На устройстве не включена геолокация: отметка сохранена без неё.
photo-from-library = Выбрать из галереи
