# Administración: listas de control y catálogo en libros de cálculo (solo administradores).
admin-title = Administración
admin-places = Páginas de administración
admin-checklists = Listas de control
admin-catalogue = Catálogo
admin-only = Solo un administrador puede abrir esta página.
admin-sign-in = Iniciar sesión como administrador
admin-file-unreadable = No se pudo leer el archivo: { $reason }
admin-reading = Leyendo el archivo…
admin-drop-here = o suelte el archivo aquí
admin-choose-workbook = Elegir un libro de cálculo (.xlsx)
admin-picked-file = Archivo: { $name }
admin-checking = Comprobando el libro…
admin-checklists-intro = Escriba una lista de control en un libro de cálculo (hojas survey, choices y settings), súbalo para comprobarlo, véalo en cualquier idioma y publíquelo. Los dispositivos la reciben en su próxima sincronización.
admin-upload-checklist = Subir una lista de control
admin-read-checklist = «{ $title }» ({ $id }, versión { $version })
admin-ready-to-publish = Leída sin errores: { $what }. Todavía no se ha publicado nada.
admin-published = Publicada: { $what }. Los dispositivos la reciben en su próxima sincronización.
admin-not-publishable = { $count ->
    [one] El libro tiene un error; no se puede publicar nada hasta corregirlo.
   *[other] El libro tiene { $count } errores; no se puede publicar nada hasta corregirlos.
}
admin-publish = Publicar
admin-publishing = Publicando…
admin-problems = Problemas encontrados
admin-problem-counts = { $errors ->
    [one] Un error
   *[other] { $errorsShown } errores
}, { $warnings ->
    [one] un aviso
   *[other] { $warningsShown } avisos
}
admin-severity-error = Impide publicar
admin-severity-warning = Aviso
admin-col-severity = Gravedad
admin-col-sheet = Hoja
admin-col-row = Fila
admin-col-column = Columna
admin-col-cell = Celda tal como está escrita
admin-col-problem = Qué está mal
authoring-problem-missing-sheet = Falta una hoja que el libro necesita.
authoring-problem-missing-column = Falta en el encabezado una columna que esta hoja necesita.
authoring-problem-missing-name = Esta fila necesita un nombre.
authoring-problem-duplicate-name = Este nombre se usa dos veces; debe ser único.
authoring-problem-invalid-name = Un nombre solo puede tener letras, cifras, guiones y guiones bajos.
authoring-problem-unknown-type = Este tipo no es uno de los que conoce el formato del libro.
authoring-problem-unknown-language = Nombra un idioma que la aplicación no admite.
authoring-problem-missing-label = Falta el texto en el idioma predeterminado.
authoring-problem-expression-syntax = Esta condición no se puede leer.
authoring-problem-unknown-item = Esta condición nombra una pregunta que la lista no tiene.
authoring-problem-later-item = Esta condición nombra la propia pregunta o una posterior.
authoring-problem-value-does-not-fit = Esta condición compara una pregunta con un valor que no puede tener como respuesta.
authoring-problem-invalid-number = Esta celda debería contener un número.
authoring-problem-negative-weight = Un peso no puede ser inferior a cero.
authoring-problem-stage-weight-zero = Esta etapa cuenta, pero todas sus preguntas puntuadas pesan cero.
authoring-problem-missing-choice-list = La hoja de opciones no tiene ninguna lista con este nombre.
authoring-problem-unused-choice-list = Ninguna pregunta usa esta lista de opciones.
authoring-problem-score-out-of-range = La puntuación de una opción debe estar entre 0 y 1.
authoring-problem-unmatched-begin-group = Este grupo nunca se cierra, o está dentro de otro grupo.
authoring-problem-unmatched-end-group = Este fin de grupo no tiene ningún grupo abierto.
authoring-problem-item-outside-stage = Esta pregunta está fuera de todo grupo; cada pregunta pertenece a una etapa.
authoring-problem-no-stages = La lista de control no tiene ninguna etapa.
authoring-problem-invalid-version = La versión debe ser un número entero mayor que cero.
authoring-problem-version-not-above = La versión debe ser superior a la ya publicada.
authoring-problem-unknown-role = El rol debe ser shopper o citizen.
authoring-problem-invalid-flag = Esta celda debería decir sí o no.
authoring-problem-invalid-evidence = Una respuesta fallida debe aportar foto, comentario, ambos o nada.
authoring-problem-missing-target = Una duración necesita un tiempo objetivo mayor que cero.
authoring-problem-misplaced-setting = Este ajuste no se aplica a este tipo de pregunta.
authoring-problem-invalid-checklist = La lista leída incumple una de las reglas de puntuación.
authoring-problem-unknown-reference = Esta fila nombra una entidad o un servicio que el catálogo no tiene.
authoring-problem-out-of-range = Esta latitud, longitud o radio está fuera de lo posible para un lugar de la Tierra.
authoring-problem-missing-translation = A algunas filas les falta el texto en este idioma; allí se muestra el idioma predeterminado.
authoring-problem-typographic-quotes = Las comillas tipográficas de una condición se leyeron como comillas simples.
authoring-problem-header-spaces = Este encabezado tiene espacios antes o después.
authoring-problem-left-to-right-text = Esta celda de derecha a izquierda empieza con texto de izquierda a derecha.
admin-preview = Vista previa
admin-preview-language = Idioma de la vista previa
admin-preview-note = Tal como la verá un { $audience }. Las respuestas dadas aquí no se guardan.
admin-audience-shopper = cliente misterioso
admin-audience-citizen = visitante
admin-published-checklists = Listas de control publicadas
admin-col-version = Versión
admin-col-published-at = Publicada el
admin-col-published-by = Publicada por
admin-col-workbook = Libro de cálculo
admin-published-by-server = el servidor (incorporada)
admin-download-version = Descargar la versión { $version }
admin-saved = Guardado: { $place }
admin-compare-from = Desde la versión
admin-compare-to = Hasta la versión
admin-compare = Mostrar los cambios
admin-diff-heading = De la versión { $from } a la versión { $to }
admin-diff-none = Nada cambió entre estas versiones.
admin-diff-title = Título
admin-diff-stages-added = Etapas añadidas
admin-diff-stages-removed = Etapas eliminadas
admin-diff-stages-changed = Etapas modificadas
admin-diff-items-added = Preguntas añadidas
admin-diff-items-removed = Preguntas eliminadas
admin-diff-items-changed = Preguntas modificadas
admin-change-none = (ninguno)
admin-change-always = se muestra siempre
admin-yes = sí
admin-no = no
admin-change-label = Etiqueta en { $language }: «{ $from }» → «{ $to }»
admin-change-hint = Ayuda en { $language }: «{ $from }» → «{ $to }»
admin-change-weight = Peso: { $from } → { $to }
admin-change-logic = Cuándo se muestra: { $from } → { $to }
admin-change-kind = Tipo de respuesta: { $from } → { $to }
admin-change-required = Obligatoria: { $from } → { $to }
admin-change-evidence = Lo que debe aportar una respuesta fallida: { $from } → { $to }
admin-change-stage = Movida de la etapa { $from } a la etapa { $to }
admin-catalogue-intro = Descargue el catálogo como libro de cálculo (hojas entities, services y centres), edítelo, súbalo para comprobarlo y aplíquelo. Las filas se añaden o actualizan por su identificador y nunca se eliminan; un centro desactivado sale de las nuevas visitas.
admin-catalogue-current = El catálogo actual
admin-download-catalogue = Descargar el catálogo (.xlsx)
admin-upload-catalogue = Subir un catálogo
admin-catalogue-ready = Leído sin errores: { $entities } entidades, { $services } servicios, { $centres } centros. Todavía no se ha cambiado nada.
admin-catalogue-applied = Aplicado: { $entities } entidades, { $services } servicios y { $centres } centros añadidos o actualizados.
admin-not-applicable = { $count ->
    [one] El libro tiene un error; no se puede aplicar nada hasta corregirlo.
   *[other] El libro tiene { $count } errores; no se puede aplicar nada hasta corregirlos.
}
admin-apply = Aplicar
admin-applying = Aplicando…
admin-catalogue-rows = Filas leídas
admin-entities = Entidades
admin-services = Servicios
admin-centres = Centros
admin-col-id = Identificador
admin-col-name = Nombre
admin-col-entity = Entidad
admin-col-coordinates = Latitud, longitud
admin-col-geofence = Geocerca
admin-col-active = Activo
admin-metres = { $metres } metros
