# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = Visitas planificadas
planned-link-sub = Las visitas asignadas a usted y las visitas abiertas que puede tomar
planned-title = Visitas planificadas
planned-sign-in-first = Inicie sesión para ver las visitas planificadas para usted.
planned-mine = Asignadas a usted
planned-mine-none = Por ahora no tiene visitas asignadas.
planned-available = Visitas disponibles
planned-available-none = Por ahora no hay visitas abiertas para tomar.
planned-updated = Última actualización: { $time }
planned-never-updated = Todavía no se ha descargado. Conéctese a internet para ver sus visitas planificadas.
planned-updating = Actualizando…
planned-offline = Está sin conexión. Esta es la lista tal como se descargó la última vez.
planned-sign-in-again = Su sesión ha terminado. Vuelva a iniciar sesión para actualizar la lista.
planned-not-updated = No se pudo actualizar la lista: { $reason }
planned-refresh = Actualizar la lista
planned-wave = Ola
planned-service = Servicio
planned-window = Visitar entre
planned-due = Fecha límite
planned-days = Días
planned-hours = Horario
planned-scenario = Qué debe hacer
planned-range = { $from } – { $to }
planned-due-today = vence hoy
planned-days-left = { $count ->
    [one] queda { $count } día
   *[other] quedan { $count } días
}
planned-overdue = { $count ->
    [one] { $count } día de retraso
   *[other] { $count } días de retraso
}
planned-opens-on = Puede empezar esta visita a partir del { $date }.
planned-status = { $status ->
    [open] Abierta
    [assigned] Asignada a usted
    [in_progress] En curso
    [submitted] Enviada
    [approved] Aprobada
    [returned] Devuelta a usted
    [expired] Vencida
   *[cancelled] Cancelada
}
planned-start = Iniciar la visita
planned-resume = Continuar la visita
planned-claim = Tomar esta visita
planned-release = Devolverla
planned-release-confirm = ¿Devolver esta visita? Otra persona podrá tomarla.
planned-release-yes = Sí, devolverla
planned-needs-connection = Conéctese a internet para tomar o devolver una visita.
planned-checklist-missing = La lista de control de esta visita aún no está en este dispositivo. Conéctese a internet y vuelva a intentarlo.
planned-action-failed = No se hizo: { $reason }
planned-local-draft = Iniciada en este dispositivo
planned-local-waiting = Hecha, pendiente de subir
planned-local-sent = Hecha y subida
planned-not-linked = Su evaluación se guardó, pero no se contó para su visita planificada: { $reason }
planned-not-linked-plain = Su evaluación se guardó, pero no se contó para su visita planificada.
planned-refused-lockout = Su otra visita a este centro está demasiado cerca de esta.
planned-refused-lockout-until = Su otra visita a este centro está demasiado cerca de esta. Puede tomar una visita allí a partir del { $date }.
planned-refused-daily-cap = Ya tiene tantas visitas ese día como se permite.
planned-refused-wave-cap = Ya tiene tantas visitas de esta ola como se permiten a una sola persona.
planned-refused-held-cap = Ya tiene el máximo de visitas aún no hechas. Haga una o devuelva una primero.
planned-refused-spacing = Tiene una visita a otro centro de la misma organización demasiado cerca de ese día.
planned-refused-spacing-until = Tiene una visita a otro centro de la misma organización demasiado cerca de ese día. Puede tomar esta a partir del { $date }.
planned-refused-grade = Su calificación está por debajo del mínimo que exige esta ola.
planned-date = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
} { $year }
planned-weekday = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
}
