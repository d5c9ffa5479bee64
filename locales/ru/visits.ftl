# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = Запланированные визиты
planned-link-sub = Визиты, назначенные вам, и открытые визиты, которые можно взять
planned-title = Запланированные визиты
planned-sign-in-first = Войдите, чтобы увидеть визиты, запланированные для вас.
planned-mine = Назначенные вам
planned-mine-none = Сейчас вам не назначено ни одного визита.
planned-available = Доступные визиты
planned-available-none = Сейчас нет открытых визитов.
planned-updated = Обновлено: { $time }
planned-never-updated = Список ещё не загружен. Подключитесь к интернету, чтобы увидеть запланированные визиты.
planned-updating = Обновление…
planned-offline = Нет подключения. Это список в том виде, в каком он был загружен в последний раз.
planned-sign-in-again = Ваш сеанс завершён. Войдите снова, чтобы обновить список.
planned-not-updated = Не удалось обновить список: { $reason }
planned-refresh = Обновить список
planned-wave = Волна
planned-service = Услуга
planned-window = Визит в период
planned-due = Срок
planned-days = Дни
planned-hours = Часы
planned-scenario = Что нужно сделать
planned-range = { $from } – { $to }
planned-due-today = срок сегодня
planned-days-left = { $count ->
    [one] остался { $count } день
    [few] осталось { $count } дня
    [many] осталось { $count } дней
   *[other] осталось { $count } дня
}
planned-overdue = { $count ->
    [one] просрочено на { $count } день
    [few] просрочено на { $count } дня
    [many] просрочено на { $count } дней
   *[other] просрочено на { $count } дня
}
planned-opens-on = Этот визит можно начать с { $date }.
planned-status = { $status ->
    [open] Открыт
    [assigned] Назначен вам
    [in_progress] Выполняется
    [submitted] Отправлен
    [approved] Одобрен
    [returned] Возвращён вам
    [expired] Просрочен
   *[cancelled] Отменён
}
planned-start = Начать визит
planned-resume = Продолжить визит
planned-claim = Взять этот визит
planned-release = Вернуть
planned-release-confirm = Вернуть этот визит? Тогда его сможет взять другой тайный покупатель.
planned-release-yes = Да, вернуть
planned-needs-connection = Подключитесь к интернету, чтобы взять или вернуть визит.
planned-checklist-missing = Чек-листа этого визита ещё нет на этом устройстве. Подключитесь к интернету и попробуйте снова.
planned-action-failed = Не выполнено: { $reason }
planned-local-draft = Начат на этом устройстве
planned-local-waiting = Выполнен, ожидает отправки
planned-local-sent = Выполнен и отправлен
planned-not-linked = Ваша оценка сохранена, но не засчитана для запланированного визита: { $reason }
planned-not-linked-plain = Ваша оценка сохранена, но не засчитана для запланированного визита.
planned-refused-lockout = Ваш другой визит в этот центр слишком близок к этому.
planned-refused-lockout-until = Ваш другой визит в этот центр слишком близок к этому. Взять туда визит можно с { $date }.
planned-refused-daily-cap = В этот день у вас уже столько визитов, сколько разрешено.
planned-refused-wave-cap = У вас уже столько визитов этой волны, сколько допускается на одного человека.
planned-refused-held-cap = У вас уже максимум ещё не выполненных визитов. Сначала выполните или верните один из них.
planned-refused-spacing = У вас визит в другой центр той же организации слишком близко к этому дню.
planned-refused-spacing-until = У вас визит в другой центр той же организации слишком близко к этому дню. Этот визит можно взять с { $date }.
planned-refused-grade = Ваша оценка ниже минимума, который требует эта волна.
planned-date = { $day } { $month ->
    [1] янв.
    [2] февр.
    [3] мар.
    [4] апр.
    [5] мая
    [6] июн.
    [7] июл.
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
} { $year } г.
planned-weekday = { $day ->
    [mon] пн
    [tue] вт
    [wed] ср
    [thu] чт
    [fri] пт
    [sat] сб
   *[sun] вс
}
