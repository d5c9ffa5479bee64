# Администрирование: чек-листы и каталог в рабочих книгах (только для администраторов).
admin-title = Администрирование
admin-places = Страницы администрирования
admin-checklists = Чек-листы
admin-catalogue = Каталог
admin-only = Эту страницу может открыть только администратор.
admin-sign-in = Войти как администратор
admin-file-unreadable = Не удалось прочитать файл: { $reason }
admin-reading = Чтение файла…
admin-drop-here = или перетащите файл сюда
admin-choose-workbook = Выбрать рабочую книгу (.xlsx)
admin-picked-file = Файл: { $name }
admin-checking = Проверка рабочей книги…
admin-checklists-intro = Составьте чек-лист в рабочей книге (листы survey, choices и settings), загрузите её для проверки, посмотрите на любом языке, затем опубликуйте. Устройства получат его при следующей синхронизации.
admin-upload-checklist = Загрузить чек-лист
admin-read-checklist = «{ $title }» ({ $id }, версия { $version })
admin-ready-to-publish = Прочитан без ошибок: { $what }. Пока ничего не опубликовано.
admin-published = Опубликован: { $what }. Устройства получат его при следующей синхронизации.
admin-not-publishable = { $count ->
    [one] В рабочей книге { $count } ошибка; ничего нельзя опубликовать, пока она не исправлена.
    [few] В рабочей книге { $count } ошибки; ничего нельзя опубликовать, пока они не исправлены.
   *[other] В рабочей книге { $count } ошибок; ничего нельзя опубликовать, пока они не исправлены.
}
admin-publish = Опубликовать
admin-publishing = Публикация…
admin-problems = Найденные проблемы
admin-problem-counts = { $errors ->
    [one] { $errorsShown } ошибка
    [few] { $errorsShown } ошибки
   *[other] { $errorsShown } ошибок
}, { $warnings ->
    [one] { $warningsShown } предупреждение
    [few] { $warningsShown } предупреждения
   *[other] { $warningsShown } предупреждений
}
admin-severity-error = Ошибка
admin-severity-warning = Предупреждение
admin-col-severity = Серьёзность
admin-col-sheet = Лист
admin-col-row = Строка
admin-col-column = Столбец
admin-col-cell = Ячейка как написано
admin-col-problem = Что не так
authoring-problem-missing-sheet = Нет листа, который нужен рабочей книге.
authoring-problem-missing-column = В заголовке этого листа нет нужного столбца.
authoring-problem-missing-name = Этой строке нужно имя.
authoring-problem-duplicate-name = Это имя использовано дважды; оно должно быть уникальным.
authoring-problem-invalid-name = Имя может содержать только буквы, цифры, дефисы и подчёркивания.
authoring-problem-unknown-type = Такого типа нет в формате рабочей книги.
authoring-problem-unknown-language = Это язык, который приложение не поддерживает.
authoring-problem-missing-label = Нет текста на языке по умолчанию.
authoring-problem-expression-syntax = Это условие невозможно прочитать.
authoring-problem-unknown-item = Условие ссылается на вопрос, которого нет в чек-листе.
authoring-problem-later-item = Условие ссылается на сам вопрос или на следующий за ним.
authoring-problem-value-does-not-fit = Условие сравнивает вопрос со значением, которое не может быть его ответом.
authoring-problem-invalid-number = В этой ячейке должно быть число.
authoring-problem-negative-weight = Вес не может быть меньше нуля.
authoring-problem-stage-weight-zero = Этап учитывается, но все его оцениваемые вопросы имеют нулевой вес.
authoring-problem-missing-choice-list = На листе вариантов нет списка с таким именем.
authoring-problem-unused-choice-list = Ни один вопрос не использует этот список вариантов.
authoring-problem-score-out-of-range = Балл варианта должен быть от 0 до 1.
authoring-problem-unmatched-begin-group = Эта группа не закрыта или находится внутри другой группы.
authoring-problem-unmatched-end-group = Для этого конца группы нет открытой группы.
authoring-problem-item-outside-stage = Этот вопрос вне всех групп; каждый вопрос относится к этапу.
authoring-problem-no-stages = В чек-листе нет ни одного этапа.
authoring-problem-invalid-version = Версия должна быть целым числом больше нуля.
authoring-problem-version-not-above = Версия должна быть выше уже опубликованной.
authoring-problem-unknown-role = Роль должна быть shopper или citizen.
authoring-problem-invalid-flag = В этой ячейке должно быть «да» или «нет».
authoring-problem-invalid-evidence = Неудачный ответ должен сопровождаться фото, комментарием, тем и другим или ничем.
authoring-problem-missing-target = Для длительности нужно целевое время больше нуля.
authoring-problem-misplaced-setting = Эта настройка не относится к такому типу вопроса.
authoring-problem-invalid-checklist = Прочитанный чек-лист нарушает одно из правил оценки.
authoring-problem-unknown-reference = Строка ссылается на организацию или услугу, которой нет в каталоге.
authoring-problem-out-of-range = Эта широта, долгота или радиус выходит за пределы возможного для места на Земле.
authoring-problem-missing-translation = В некоторых строках нет текста на этом языке; там показан язык по умолчанию.
authoring-problem-typographic-quotes = Типографские кавычки в условии прочитаны как простые.
authoring-problem-header-spaces = В этом заголовке есть пробелы до или после.
authoring-problem-left-to-right-text = Эта ячейка с письмом справа налево начинается с текста слева направо.
admin-preview = Предпросмотр
admin-preview-language = Язык предпросмотра
admin-preview-note = Так его увидит { $audience }. Ответы здесь не сохраняются.
admin-audience-shopper = тайный покупатель
admin-audience-citizen = посетитель
admin-published-checklists = Опубликованные чек-листы
admin-col-version = Версия
admin-col-published-at = Дата публикации
admin-col-published-by = Кто опубликовал
admin-col-workbook = Рабочая книга
admin-published-by-server = сервер (встроенный)
admin-download-version = Скачать версию { $version }
admin-saved = Сохранено: { $place }
admin-compare-from = С версии
admin-compare-to = По версию
admin-compare = Показать изменения
admin-diff-heading = С версии { $from } по версию { $to }
admin-diff-none = Между этими версиями ничего не изменилось.
admin-diff-title = Название
admin-diff-stages-added = Добавленные этапы
admin-diff-stages-removed = Удалённые этапы
admin-diff-stages-changed = Изменённые этапы
admin-diff-items-added = Добавленные вопросы
admin-diff-items-removed = Удалённые вопросы
admin-diff-items-changed = Изменённые вопросы
admin-change-none = (нет)
admin-change-always = показывается всегда
admin-yes = Да
admin-no = Нет
admin-change-label = Текст на языке «{ $language }»: «{ $from }» → «{ $to }»
admin-change-hint = Подсказка на языке «{ $language }»: «{ $from }» → «{ $to }»
admin-change-weight = Вес: { $from } → { $to }
admin-change-logic = Когда показывается: { $from } → { $to }
admin-change-kind = Тип ответа: { $from } → { $to }
admin-change-required = Обязательный: { $from } → { $to }
admin-change-evidence = Что нужно при неудачном ответе: { $from } → { $to }
admin-change-stage = Перенесён с этапа { $from } на этап { $to }
admin-catalogue-intro = Скачайте каталог как рабочую книгу (листы entities, services и centres), отредактируйте, загрузите для проверки, затем примените. Строки добавляются или обновляются по идентификатору и никогда не удаляются; неактивный центр исключается из новых визитов.
admin-catalogue-current = Текущий каталог
admin-download-catalogue = Скачать каталог (.xlsx)
admin-upload-catalogue = Загрузить каталог
admin-catalogue-ready = Прочитан без ошибок: организаций — { $entities }, услуг — { $services }, центров — { $centres }. Пока ничего не изменено.
admin-catalogue-applied = Применено: добавлено или обновлено организаций — { $entities }, услуг — { $services }, центров — { $centres }.
admin-not-applicable = { $count ->
    [one] В рабочей книге { $count } ошибка; ничего нельзя применить, пока она не исправлена.
    [few] В рабочей книге { $count } ошибки; ничего нельзя применить, пока они не исправлены.
   *[other] В рабочей книге { $count } ошибок; ничего нельзя применить, пока они не исправлены.
}
admin-apply = Применить
admin-applying = Применение…
admin-catalogue-rows = Прочитанные строки
admin-entities = Организации
admin-services = Услуги
admin-centres = Центры
admin-col-id = Идентификатор
admin-col-name = Название
admin-col-entity = Организация
admin-col-coordinates = Широта, долгота
admin-col-geofence = Геозона
admin-col-active = Активен
admin-metres = { $metres } м
