# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = Valore su visita
citizen-stage-rating = Su visita
citizen-face = ¿Qué tal fue su visita hoy?
citizen-reasons = ¿Qué podría haber sido mejor?
citizen-reason-waiting-time = Tiempo de espera
citizen-reason-employee-attitude = Actitud del personal
citizen-reason-process-clarity = Claridad del trámite
citizen-reason-completion-time = Tiempo para completar mi solicitud
citizen-reason-fees = Tasas
citizen-reason-payment-methods = Formas de pago
citizen-reason-location-parking = Ubicación y estacionamiento
citizen-reason-reception = Recepción
citizen-reason-digital-channels = Sitio web y aplicación
citizen-reason-other = Otra cosa
citizen-stage-journey = Algunas preguntas más (opcional)
citizen-found-easily = ¿Le resultó fácil encontrar el centro?
citizen-wait-reasonable = ¿Su tiempo de espera fue razonable?
citizen-staff-helpful = ¿El personal le ayudó y fue amable?
citizen-process-clear = ¿Le quedó claro lo que tenía que hacer?
citizen-one-visit = ¿Se completó su solicitud en una sola visita?
citizen-clean-comfortable = ¿El centro estaba limpio y era cómodo?
citizen-stage-about = Sobre usted
citizen-visit-phase = ¿Dónde se encuentra ahora?
citizen-phase-still-here = Sigo en el centro
citizen-phase-left = Ya salí del centro

## Shopper customer journey

shopper-title = Evaluación del recorrido del cliente
shopper-stage-before = Antes de la visita
shopper-website-accurate = ¿La información del sitio web o de la aplicación era exacta y completa?
shopper-website-accurate-help = Compare los documentos requeridos, las tasas y el horario publicados en línea con lo que pidió el centro.
shopper-call-centre-reachable = ¿Pudo comunicarse con el centro de atención telefónica y obtener una respuesta clara?
shopper-stage-access = Acceso y estacionamiento
shopper-easy-to-find = ¿Fue fácil encontrar el centro?
shopper-signage = ¿La señalización exterior e interior era clara?
shopper-parking = ¿Había estacionamiento disponible cerca?
shopper-accessibility = ¿El centro era accesible para las personas de determinación?
shopper-accessibility-help = Rampas o ascensores, plazas de estacionamiento accesibles, puertas anchas y un mostrador de atención accesible.
shopper-stage-reception = Recepción y turnos
shopper-greeted-guided = ¿Le recibieron y le orientaron hacia el servicio correcto?
shopper-queue-ticket = ¿Recibió un número de turno?
shopper-priority-service = ¿Se ofreció atención prioritaria a las personas mayores, las personas de determinación y las mujeres embarazadas?
shopper-priority-service-help = Observe si a los visitantes con prioridad se les atiende primero o si tienen un mostrador exclusivo.
shopper-stage-waiting = Espera
shopper-waiting-time = ¿Cuántos minutos esperó hasta que le atendieron?
shopper-waiting-time-help = Desde que sacó el número hasta que un empleado llamó a su turno.
shopper-cleanliness = ¿La zona de espera estaba limpia?
shopper-seating-comfort = ¿Cuán cómodos eran los asientos?
shopper-information-screens = ¿Las pantallas informativas mostraban los turnos e información útil?
shopper-stage-service = El servicio
shopper-employee-greeting = ¿El empleado le saludó?
shopper-name-badge = ¿El empleado llevaba una identificación con su nombre?
shopper-professional-appearance = ¿El empleado tenía un aspecto profesional?
shopper-knowledge = ¿En qué medida conocía el empleado el servicio y sabía explicarlo?
shopper-knowledge-help = 1: no supo responder; 5: respondió a todas las preguntas con claridad y exactitud.
shopper-courtesy = ¿Cuán cortés fue el empleado?
shopper-completed-one-visit = ¿Se completó el servicio en esta única visita?
shopper-service-time = ¿Cuántos minutos duró el servicio en sí?
shopper-service-time-help = Desde que llegó al mostrador hasta que se completó el servicio.
shopper-fees-once = ¿Se pagaron las tasas una sola vez, sin cargos inesperados?
shopper-payment-methods = ¿Pudo pagar como deseaba (tarjeta, efectivo, pago digital)?
shopper-digital-alternative = ¿El empleado mencionó el sitio web o la aplicación para la próxima vez?
shopper-stage-exit = Salida
shopper-thanked = ¿El empleado le dio las gracias?
shopper-receipt = ¿Recibió un recibo o una confirmación?
shopper-invited-to-rate = ¿Le invitaron a valorar el servicio?
shopper-complaints-channel = ¿Había a la vista un canal de quejas y sugerencias?
shopper-stage-overall = Impresión general
shopper-overall-face = En general, ¿qué tal fue la visita?
