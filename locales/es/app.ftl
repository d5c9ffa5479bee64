# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = Español
app-name = Cliente Misterioso
go-home = Ir al inicio
not-found-title = Esta página no existe
store-failed-title = La aplicación no puede abrir su almacenamiento en este dispositivo
settings-set-aside = No se pudo leer la configuración guardada en este dispositivo. Se apartó una copia y se usan los valores predeterminados: revise sus opciones en Configuración.
cancel = Cancelar
save = Guardar
saved = Guardado
previous = Atrás
next = Siguiente

## Connection and outbox badge

connection-online = En línea
connection-offline = Sin conexión — su trabajo está guardado en este dispositivo
connection-unknown = Conectando…
outbox-badge = { $count ->
    [0] Nada pendiente de subir
    [one] 1 evaluación pendiente de subir
   *[other] { $count } evaluaciones pendientes de subir
}

## First run and settings

welcome-title = Le damos la bienvenida
welcome-lead = Valore su visita a un centro de servicios del Gobierno o realice una evaluación asignada.
language-label = Idioma
welcome-role = ¿Quién usa esta aplicación?
role-citizen = Soy visitante
role-citizen-hint = Valore una visita con unos pocos toques
role-shopper = Soy cliente misterioso
role-shopper-hint = Realice una evaluación completa
settings-title = Configuración
settings-server = Dirección del servidor

## Finding a centre

centres-title = Elija un centro
centres-search = Buscar por nombre
centres-nearest = Más cercanos primero
centres-locating = Buscando su ubicación…
centres-entity = Entidad
centres-all = Todas
centres-none-yet = La lista de centros aún no se ha descargado. Conéctese a internet una vez o abra el enlace del código QR del centro.
centres-no-match = Ningún centro coincide con su búsqueda.
distance-km = a { $km } km

## Citizen rating

face-happy = Contento
face-neutral = Regular
face-unhappy = Descontento
rate-more = Añadir más detalles (opcional)
rate-comment = Su comentario
rate-employee = Nombre del empleado o número de mostrador
rate-submit = Enviar mi valoración
rate-unknown-centre = Este centro no está en la lista
rate-unknown-centre-hint = Revise el enlace o el código QR, o elija el centro de la lista.
checklist-missing = Este formulario de evaluación aún no está disponible en este dispositivo.
missing-item = Responda, por favor: { $item }
confirm-thanks = Gracias por su evaluación
confirm-sending = Enviando…
confirm-sent = Enviada. El centro verá su evaluación.
confirm-saved = Guardada en este dispositivo. Se enviará automáticamente cuando vuelva a estar en línea.
confirm-refused = No se pudo enviar: { $reason }
confirm-again = Valorar otra visita

## Answers

answer-yes = Sí
answer-no = No
answer-na = No aplica
scale-1 = 1 — Muy malo
scale-2 = 2 — Malo
scale-3 = 3 — Aceptable
scale-4 = 4 — Bueno
scale-5 = 5 — Excelente
unit-minutes = { $count ->
    [one] minutos (objetivo: 1 minuto)
   *[other] minutos (objetivo: { $count } minutos)
}
evidence-photo-needed = Añada una foto que lo muestre.
evidence-comment-needed = Describa en un comentario lo que ocurrió.
comment-add = Añadir un comentario
comment-label = Comentario
comment-placeholder = ¿Qué observó?
photo-add = Añadir una foto
photo-processing = Preparando la foto…
photo-not-an-image = Este archivo no es una foto. Elija una imagen JPEG o PNG.
photo-unreadable = No se pudo leer la foto: { $reason }
photo-count = { $count ->
    [one] 1 foto
   *[other] { $count } fotos
}

## Shopper visits

sign-in-title = Iniciar sesión
sign-in-username = Nombre de usuario
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-wrong = El nombre de usuario o la contraseña no son correctos.
sign-in-offline = No se puede conectar con el servidor. Compruebe la conexión y vuelva a intentarlo.
sign-in-as = Sesión iniciada como { $name }
sign-out = Cerrar sesión
visits-title = Mis visitas
visits-sign-in-first = Inicie sesión para que sus evaluaciones puedan subirse.
visits-in-progress = Visitas en curso
visits-new = Iniciar una nueva visita
visits-centre = Centro
visits-service = Servicio
visits-start = Iniciar la visita
answered-count = { $count ->
    [one] 1 respuesta hasta ahora
   *[other] { $count } respuestas hasta ahora
}
visit-not-found = Esta visita no está en este dispositivo.
visit-submitted = Esta visita ya se ha entregado.
visit-progress = Progreso de la evaluación
visit-stages = Etapas de la visita
visit-review = Revisar y entregar
check-in = Registrar la llegada ahora
check-in-needed = Registre su llegada cuando esté en el centro: así quedan guardadas la hora y su ubicación.
checked-in-at = Llegada registrada a las { $time }.
check-in-inside = En el centro.
check-in-outside = Fuera del área del centro.
check-in-no-location = Ubicación no disponible.
timer-start = Iniciar cronómetro
timer-stop = Detener cronómetro

## Summary

summary-title = Revise su evaluación
summary-complete = Todo lo obligatorio está respondido.
summary-missing = { $count ->
    [one] 1 punto requiere todavía su atención
   *[other] { $count } puntos requieren todavía su atención
}
missing-answer = falta la respuesta
missing-photo = falta la foto
missing-comment = falta el comentario
summary-score = Puntuación por etapa
summary-stage = Etapa
summary-percent = Puntuación
summary-overall = Evaluación completa
summary-employee = Nombre del empleado o número de mostrador
summary-comment = Comentario general
summary-submit = Entregar la evaluación

## Outbox

outbox-title = Bandeja de salida
outbox-empty = Todavía no hay evaluaciones en este dispositivo.
outbox-kind-rating = Valoración
outbox-kind-visit = Visita
outbox-resume = Continuar
outbox-delete = Eliminar
outbox-delete-confirm = ¿Eliminar este borrador? No se puede deshacer.
outbox-delete-yes = Sí, eliminar
outbox-retry = Reintentar
state-draft = Borrador — todavía sin entregar
state-waiting = Pendiente de subir
state-uploading = Subiendo…
state-uploaded = Subida correctamente
state-retrying = Todavía sin subir — se volverá a intentar automáticamente
state-refused = El servidor no la aceptó: { $reason }
state-needs-sign-in = Inicie sesión para subirla

## Why the server refused an evaluation (by the server's error code)

error-conflict = Ya se envió otra evaluación con el mismo número.
error-not-returned = Esta evaluación se está revisando y no se puede modificar ahora.
error-revision-out-of-order = Esta versión de la evaluación no sigue a la última que tiene el servidor.
error-unknown-centre = El servidor ya no reconoce este centro.
error-unknown-service = El centro ya no ofrece este servicio.
error-unknown-template = El servidor no reconoce esta versión del formulario. Actualice la aplicación.
error-template-mismatch = La evaluación no coincide con su formulario. Actualice la aplicación.
error-invalid-role = Este formulario no se puede usar con este rol.
error-missing-answer = Falta una respuesta obligatoria.
error-missing-photo = Falta una foto obligatoria.
error-missing-comment = Falta un comentario obligatorio.
error-photo-missing = Una foto no llegó al servidor. Vuelva a intentarlo.
error-too-large = La evaluación o una de sus fotos es demasiado grande.
error-invalid-workbook = El archivo no es un libro que este servidor pueda leer, o es demasiado grande. Guárdelo de nuevo como .xlsx.
error-password-change-required = Cambie primero su contraseña temporal.
error-weak-password = Elija una contraseña más larga: al menos 12 caracteres, que no sea su nombre de usuario ni una contraseña común.
error-too-long = Un texto es demasiado largo.
error-invalid-field = El servidor no pudo leer una parte de la evaluación. Actualice la aplicación.
error-wrong-kind = Una respuesta tiene un formato incorrecto. Actualice la aplicación.
error-invalid-value = Una respuesta no está permitida.
error-unknown-item = La evaluación tiene una respuesta que el formulario no pide. Actualice la aplicación.
error-bad-json = El servidor no pudo leer la evaluación. Actualice la aplicación.
error-id-mismatch = El número de la evaluación no coincide. Actualice la aplicación.
error-hash-mismatch = Una foto se dañó durante el envío. Vuelva a intentarlo.
error-not-an-image = Una foto no se pudo leer como imagen.
error-forbidden = Su cuenta no tiene permiso para enviar esta evaluación.
error-unauthorized = Vuelva a iniciar sesión para enviar esta evaluación.
error-invalid-id = El número de la evaluación no es válido. Actualice la aplicación.
error-invalid-photo-id = El nombre de una foto no es válido. Actualice la aplicación.

## Guardar en este dispositivo

store-save-failed = No se guardó en este dispositivo. Lo que escribió sigue aquí; inténtelo de nuevo.
store-read-failed = No se pudieron leer las evaluaciones guardadas en este dispositivo. Cierre la aplicación y vuelva a abrirla; si sigue ocurriendo, pida ayuda.

## Cerrar sesión

sign-out-waiting = Hay visitas esperando a subirse que necesitan su sesión. Se quedan en este dispositivo y se subirán cuando vuelva a iniciar sesión.
sign-out-yes = Cerrar sesión de todos modos
signed-out = Ha cerrado la sesión.

## Otros motivos que da el servidor (por su código de error)

error-rate-limited = Se enviaron demasiadas valoraciones desde aquí hace un momento. La suya está guardada y se enviará sola un poco más tarde.
error-too-many-attempts = Demasiados intentos de inicio de sesión. Espere unos minutos y vuelva a intentarlo.
error-staff-cannot-rate = Una cuenta de personal no puede enviar la valoración de un visitante. Cierre la sesión y vuelva a enviarla.
error-citizen-not-revisable = La valoración de un visitante no se puede cambiar una vez enviada.
error-photo-has-metadata = Una foto aún lleva datos ocultos, como el lugar donde se tomó. Actualice la aplicación.
error-photo-too-large = Una foto es demasiado grande. Tómela de nuevo o elija una más pequeña.
error-implausible-value = Una respuesta no puede ser correcta, por ejemplo un tiempo de espera muy largo. Revísela e inténtelo de nuevo.
error-unknown-locale = El servidor no conoce el idioma de esta evaluación. Actualice la aplicación.
error-unsupported-media-type = El servidor no acepta este tipo de archivo. Actualice la aplicación.
error-unknown-kiosk = Este quiosco no está registrado. Pida al personal del centro que lo registre de nuevo.
error-kiosk-wrong-centre = Este quiosco está registrado para otro centro. Pida al personal del centro que lo revise.
error-invalid-path = La aplicación usó una dirección que el servidor no acepta. Actualice la aplicación.

error-bad-body = No se pudo leer la solicitud. Inténtelo de nuevo.
error-bad-query = No se entendió la búsqueda o el filtro.
error-internal = Algo salió mal en el servidor. No se cambió nada; inténtelo más tarde.
error-method-not-allowed = Esta acción no es posible aquí.
error-not-found = El servidor no tiene lo que se pidió.
connection-offline-short = Sin conexión
rate-loading-centre = Cargando el centro…
rate-catalogue-unavailable = La lista de centros aún no está en este dispositivo. Conéctese a internet e inténtelo de nuevo.
photo-remove = Quitar esta foto
photo-thumbnail = Foto { $number }
visits-change-centre = Cambiar de centro
visits-service-needed = Elija el servicio que está evaluando.
settings-digits = Cifras
error-illegal-transition = Esta decisión no es posible desde el estado actual de la evaluación.
error-evidence-required = Para marcar esta acción como hecha hace falta un comentario que diga qué se hizo y, si la acción lo pide, una foto.
error-comment-required = Explique el motivo en un comentario al devolver o rechazar una evaluación.

role-supervisor = Reviso evaluaciones o dirijo un centro (personal)
review-status-received = Recibida
review-status-has-issues = Con incidencias
review-status-returned = Devuelta al evaluador
review-status-approved = Aprobada
review-status-rejected = Rechazada
review-inbox-title = Evaluaciones por revisar
review-filter-status = Estado
review-filter-role = Quién evaluó
review-all = Todas
review-role-citizen = Ciudadanos
review-role-shopper = Evaluadores encubiertos
review-count = Evaluaciones encontradas: { $count }
review-inbox-empty = No hay nada con estos filtros.
review-select = Seleccionar
review-col-centre = Centro
review-col-role = Por
review-col-visit = Visita
review-col-score = Puntuación
review-col-status = Estado
review-col-photos = Fotos
review-col-place = Registro de llegada
review-more = Mostrar más
review-bulk-done = Aprobadas: { $count }
review-bulk-confirm = ¿Aprobar las evaluaciones seleccionadas ({ $count })?
review-approve = Aprobar
review-approve-selected = Aprobar seleccionadas ({ $count })
review-visit-photos = Fotos de la visita
review-no-check-in = Sin registro de llegada
review-outside-by = Fuera del área del centro por { $metres } m
review-by = Enviada por
review-minutes-of-target = { $minutes } min (objetivo { $target } min)
review-history = Historial
review-received-revision = Revisión { $revision } recibida
review-commented = Comentario
review-no-moves = Ahora no es posible decidir: espera al evaluador.
review-comment = Comentario para el evaluador o el registro
review-do-approved = Aprobar
review-do-has-issues = Marcar con incidencias
review-do-rejected = Rechazar
review-do-returned = Devolver al evaluador
review-compared = Revisión { $revision }; lo que cambió desde la revisión { $previous } está marcado.
review-was = Antes: { $answer }
visit-returned = Devuelta por el supervisor: { $comment }
review-from = Desde
review-to = Hasta
review-next = Siguiente evaluación
review-filters = Filtros

## Centre performance
review-places = Revisión
stats-title = Desempeño
stats-period = Periodo
stats-last-30 = Últimos 30 días
stats-last-90 = Últimos 90 días
stats-last-365 = Últimos 12 meses
stats-entity = Entidad
stats-combined = Combinado
stats-customer = Índice de clientes
stats-audit = Índice de auditoría
stats-rating = Calificación
stats-rank = Puesto
stats-evaluations = Evaluaciones
stats-evaluation-count = { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}
stats-answer-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
stats-stars = { $stars } de { $max } estrellas
stats-too-few = Muy pocas para calificar
stats-no-rating = Aún sin calificar
stats-league = Centros
stats-no-centres = No hay centros que mostrar.
stats-back = Todos los centros
stats-trend = Tendencia
stats-trend-summary = La cifra combinada y ambos índices durante el periodo
stats-trend-table = Ver las cifras en una tabla
stats-week = Semana { $week }
stats-stages = Etapas del recorrido del cliente
stats-no-evaluations = Ninguna evaluación cuenta en este periodo.
stats-happiness = Satisfacción ciudadana
stats-no-citizens = No hay calificaciones ciudadanas en este periodo.
stats-reasons = Motivos dados cuando no estaban contentos
stats-strengths = Fortalezas
stats-weaknesses = Oportunidades de mejora
stats-too-few-items = Aún hay muy pocas respuestas para saberlo.
stats-employees = Empleados y ventanillas
stats-no-employees = No se nombró ningún empleado ni ventanilla en este periodo.
stats-alerts = Alertas
stats-alert-text = { $unhappy } de { $ratings } calificaciones descontentas en { $minutes } minutos
stats-alert-cleared = ya normalizado
stats-acknowledge = Enterado
stats-exports = Exportaciones
stats-export-evaluations-csv = Evaluaciones (CSV)
stats-export-evaluations-xlsx = Evaluaciones (Excel)
stats-export-answers-csv = Respuestas (CSV)
stats-export-rows = { $done } de { $total } filas
stats-export-bytes = { $kb } KB recibidos
stats-export-saved = Guardado: { $place }
stats-settings = Cómo se otorgan las estrellas
stats-settings-customer-weight = Peso del índice de clientes (%)
stats-settings-min-customer-count = Calificaciones ciudadanas necesarias para estrellas
stats-settings-min-audit-count = Auditorías aprobadas necesarias para estrellas
stats-settings-band = { $stars } estrellas desde (%)
stats-settings-bands = Tramos de estrellas
stats-settings-save = Guardar
stats-settings-saved = Guardado; todas las cifras lo usan desde ahora.
stats-settings-not-number = No es un número: { $field }

## Proof of visit
review-filter-flag = Prueba de la visita
proof-flag-outside-geofence = Registro fuera del centro
proof-flag-no-location = Sin ubicación
proof-flag-duplicate-photos = Foto usada en otra evaluación
proof-flag-clock-skew = El reloj del dispositivo no estaba en hora
proof-clock-offset = El reloj del dispositivo tenía { $minutes } min de diferencia; se corrigieron las horas de la visita.
check-in-accuracy = ± { $metres } m
location-denied = La ubicación está desactivada para esta app: el registro se guarda sin ella. Puede permitirla en los ajustes del dispositivo.
location-timeout = No llegó la ubicación a tiempo: el registro se guarda sin ella.
location-unavailable = Este dispositivo no tiene la ubicación activada: el registro se guarda sin ella.
photo-from-library = Elegir de la galería
