# The screens' print panel: reports and QR posters as PDF.

print-title = Печать
print-report = Скачать отчёт (PDF)
print-format = Формат бумаги для QR-кодов
print-format-a6 = Настольная карточка A6
print-format-a5 = Настольная карточка A5
print-format-a4 = Плакат для окна A4
print-format-a3 = Настенный плакат A3
print-counters = Окна или точки обслуживания, по одному в строке (необязательно)
print-counters-hint = У каждого окна своя страница и своя ссылка с его названием, чтобы различать его оценки.
print-posters = Напечатать QR-коды (PDF)
