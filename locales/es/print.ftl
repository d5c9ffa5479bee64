# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = Valore su visita
print-scan = Escanee el código con la cámara de su teléfono y toque una cara
print-counter = Ventanilla: { $label }

report-title = Informe del centro
report-entity-title = Informe de la entidad
report-period = Del { $from } al { $to }
report-made = Elaborado el { $date }
report-summary = Resumen
report-combined = Índice combinado
report-customer = Índice de clientes
report-customer-note = valoraciones de los ciudadanos
report-audit = Índice de auditoría
report-audit-note = visitas de clientes misteriosos
report-evaluations = { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}
report-stars = { $stars } estrellas de 7
report-provisional = Provisional: pocas evaluaciones para una calificación
report-no-rating = Sin calificación: no hay evaluaciones en este periodo
report-league = Puesto { $rank } de { $total } centros
report-trend = Tendencia
report-stages = Etapas, de la más fuerte a la más débil
report-strengths = Fortalezas
report-improvements = Oportunidades de mejora
report-happiness = Cómo se sintieron los ciudadanos
report-happy = Contento
report-neutral = Indiferente
report-unhappy = Descontento
report-reasons = Motivos más citados
report-employees = Empleados y puestos
report-counters = Ventanillas
report-col-name = Nombre
report-col-score = Puntuación
report-col-count = Evaluaciones
report-col-centre = Centro
report-col-rank = Puesto
report-col-stars = Estrellas
report-comments = Comentarios recientes
report-nothing = Nada en este periodo.
report-page = Página { $page } de { $pages }
