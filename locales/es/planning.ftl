# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = Este cliente misterioso visitó este centro hace poco o tiene una visita prevista allí pronto: el periodo de bloqueo de la ola no permite otra visita tan cercana.
error-daily-cap = Este cliente misterioso ya tiene ese día todas las visitas que permite la ola.
error-wave-cap = Este cliente misterioso ya tiene todas las visitas de esta ola que se permiten a una sola persona.
error-held-cap = Este cliente misterioso ya tiene el máximo de visitas pendientes de enviar. Envíe o libere una primero.
error-spacing = Este cliente misterioso visita otro centro de la misma entidad demasiado cerca de ese día.
error-grade = La calificación de este cliente misterioso está por debajo del mínimo que exige la ola.
error-shopper-inactive = La cuenta de este cliente misterioso no está activa.
error-reason-required = Indique el motivo.
error-illegal-assignment-move = Esto no es posible desde el estado actual de la visita.
error-illegal-wave-move = Esto no es posible desde el estado actual de la ola.
error-wave-not-published = La ola no está publicada, así que sus visitas no se pueden tomar.
error-invalid-wave = Falta un campo de la ola o su valor no está permitido. Revise el campo indicado.
error-invalid-grade = Una calificación es un número entero del 1 al 10.
error-not-approved = Solo se puede calificar una evaluación aprobada.
error-unknown-shopper = No hay ningún comprador activo con ese nombre de usuario.
