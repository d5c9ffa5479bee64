# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = Notez votre visite
citizen-stage-rating = Votre visite
citizen-face = Comment s'est passée votre visite aujourd'hui ?
citizen-reasons = Qu'est-ce qui aurait pu être mieux ?
citizen-reason-waiting-time = Temps d'attente
citizen-reason-employee-attitude = Attitude de l'agent
citizen-reason-process-clarity = Clarté de la démarche
citizen-reason-completion-time = Délai de traitement de ma demande
citizen-reason-fees = Frais
citizen-reason-payment-methods = Moyens de paiement
citizen-reason-location-parking = Emplacement et stationnement
citizen-reason-reception = Accueil
citizen-reason-digital-channels = Site web et application
citizen-reason-other = Autre chose
citizen-stage-journey = Quelques questions de plus (facultatif)
citizen-found-easily = Le centre était-il facile à trouver ?
citizen-wait-reasonable = Votre temps d'attente était-il raisonnable ?
citizen-staff-helpful = L'agent était-il serviable et poli ?
citizen-process-clear = Saviez-vous clairement ce que vous deviez faire ?
citizen-one-visit = Votre demande a-t-elle été traitée en une seule visite ?
citizen-clean-comfortable = Le centre était-il propre et confortable ?
citizen-stage-about = À propos de vous
citizen-visit-phase = Où êtes-vous maintenant ?
citizen-phase-still-here = Je suis encore au centre
citizen-phase-left = J'ai quitté le centre

## Shopper customer journey

shopper-title = Évaluation du parcours client
shopper-stage-before = Avant la visite
shopper-website-accurate = Les informations du site web ou de l'application étaient-elles exactes et complètes ?
shopper-website-accurate-help = Comparez les pièces demandées, les frais et les horaires publiés en ligne avec ce que le centre a exigé.
shopper-call-centre-reachable = Avez-vous pu joindre le centre d'appels et obtenir une réponse claire ?
shopper-stage-access = Accès et stationnement
shopper-easy-to-find = Le centre était-il facile à trouver ?
shopper-signage = La signalétique extérieure et intérieure était-elle claire ?
shopper-parking = Y avait-il des places de stationnement à proximité ?
shopper-accessibility = Le centre était-il accessible aux personnes de détermination ?
shopper-accessibility-help = Rampes ou ascenseurs, places de stationnement réservées, portes larges et guichet accessible.
shopper-stage-reception = Accueil et file d'attente
shopper-greeted-guided = Y a-t-il eu un accueil et une orientation vers le bon service ?
shopper-queue-ticket = Avez-vous reçu un ticket d'attente ?
shopper-priority-service = Un service prioritaire était-il proposé aux personnes âgées, aux personnes de détermination et aux femmes enceintes ?
shopper-priority-service-help = Observez si les visiteurs prioritaires passent en premier ou disposent d'un guichet dédié.
shopper-stage-waiting = Attente
shopper-waiting-time = Combien de minutes avez-vous attendu avant qu'un agent ne vous reçoive ?
shopper-waiting-time-help = De la prise du ticket jusqu'à l'appel de votre numéro par un agent.
shopper-cleanliness = La zone d'attente était-elle propre ?
shopper-seating-comfort = Quel était le confort des sièges ?
shopper-information-screens = Les écrans d'information affichaient-ils la file d'attente et des informations utiles ?
shopper-stage-service = Le service
shopper-employee-greeting = L'agent vous a-t-il dit bonjour ?
shopper-name-badge = L'agent portait-il un badge nominatif ?
shopper-professional-appearance = L'agent avait-il une apparence professionnelle ?
shopper-knowledge = L'agent connaissait-il bien le service et l'a-t-il bien expliqué ?
shopper-knowledge-help = 1 : n'a pas su répondre ; 5 : a répondu à chaque question de façon claire et exacte.
shopper-courtesy = Quel a été le degré de courtoisie de l'agent ?
shopper-completed-one-visit = Le service a-t-il été rendu en cette seule visite ?
shopper-service-time = Combien de minutes le service lui-même a-t-il duré ?
shopper-service-time-help = De l'arrivée au guichet jusqu'à la fin du service.
shopper-fees-once = Les frais ont-ils été payés en une seule fois, sans frais imprévus ?
shopper-payment-methods = Avez-vous pu payer comme vous le souhaitiez (carte, espèces, paiement numérique) ?
shopper-digital-alternative = L'agent a-t-il mentionné le site web ou l'application pour la prochaine fois ?
shopper-stage-exit = Sortie
shopper-thanked = L'agent a-t-il dit merci ?
shopper-receipt = Vous a-t-on remis un reçu ou une confirmation ?
shopper-invited-to-rate = Vous a-t-on proposé de noter le service ?
shopper-complaints-channel = Un canal de réclamations et de suggestions était-il visible ?
shopper-stage-overall = Impression générale
shopper-overall-face = Dans l'ensemble, comment s'est passée la visite ?
