# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = Оцените ваш визит
print-scan = Отсканируйте код камерой телефона и нажмите на лицо
print-counter = Окно: { $label }

report-title = Отчёт центра
report-entity-title = Отчёт ведомства
report-period = С { $from } по { $to }
report-made = Составлен { $date }
report-summary = Сводка
report-combined = Общий индекс
report-customer = Индекс посетителей
report-customer-note = оценки граждан
report-audit = Индекс проверок
report-audit-note = визиты тайных покупателей
report-evaluations = { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
   *[other] { $count } оценок
}
report-stars = { $stars } звёзд из 7
report-provisional = Предварительно: слишком мало оценок для рейтинга
report-no-rating = Без рейтинга: за период нет оценок
report-league = Место { $rank } из { $total } центров
report-trend = Динамика
report-stages = Этапы, от сильных к слабым
report-strengths = Сильные стороны
report-improvements = Возможности для улучшения
report-happiness = Впечатления граждан
report-happy = Доволен
report-neutral = Нейтрально
report-unhappy = Недоволен
report-reasons = Самые частые причины
report-employees = Сотрудники и окна
report-counters = Окна
report-col-name = Имя
report-col-score = Балл
report-col-count = Оценки
report-col-centre = Центр
report-col-rank = Место
report-col-stars = Звёзды
report-comments = Последние комментарии
report-nothing = За этот период ничего нет.
report-page = Страница { $page } из { $pages }
