# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = Visites planifiées
planned-link-sub = Les visites qui vous sont attribuées et les visites ouvertes que vous pouvez prendre
planned-title = Visites planifiées
planned-sign-in-first = Connectez-vous pour voir les visites planifiées pour vous.
planned-mine = Attribuées à vous
planned-mine-none = Aucune visite ne vous est attribuée pour le moment.
planned-available = Visites disponibles
planned-available-none = Aucune visite ouverte à prendre pour le moment.
planned-updated = Dernière mise à jour : { $time }
planned-never-updated = Pas encore téléchargée. Connectez-vous à Internet pour voir vos visites planifiées.
planned-updating = Mise à jour…
planned-offline = Vous êtes hors ligne. Voici la liste telle qu’elle a été téléchargée la dernière fois.
planned-sign-in-again = Votre session a pris fin. Reconnectez-vous pour mettre la liste à jour.
planned-not-updated = La liste n’a pas pu être mise à jour : { $reason }
planned-refresh = Mettre la liste à jour
planned-wave = Vague
planned-service = Service
planned-window = Visite entre
planned-due = Échéance
planned-days = Jours
planned-hours = Horaires
planned-scenario = Ce que vous devez faire
planned-range = { $from } – { $to }
planned-due-today = échéance aujourd’hui
planned-days-left = { $count ->
    [one] { $count } jour restant
   *[other] { $count } jours restants
}
planned-overdue = { $count ->
    [one] { $count } jour de retard
   *[other] { $count } jours de retard
}
planned-opens-on = Vous pouvez commencer cette visite à partir du { $date }.
planned-status = { $status ->
    [open] Ouverte
    [assigned] Attribuée à vous
    [in_progress] En cours
    [submitted] Envoyée
    [approved] Approuvée
    [returned] Renvoyée vers vous
    [expired] Expirée
   *[cancelled] Annulée
}
planned-start = Commencer la visite
planned-resume = Reprendre la visite
planned-claim = Prendre cette visite
planned-release = La rendre
planned-release-confirm = Rendre cette visite ? Un autre client mystère pourra alors la prendre.
planned-release-yes = Oui, la rendre
planned-needs-connection = Connectez-vous à Internet pour prendre ou rendre une visite.
planned-checklist-missing = La liste de contrôle de cette visite n’est pas encore sur cet appareil. Connectez-vous à Internet et réessayez.
planned-action-failed = Non effectué : { $reason }
planned-local-draft = Commencée sur cet appareil
planned-local-waiting = Faite, en attente d’envoi
planned-local-sent = Faite et envoyée
planned-not-linked = Votre évaluation a été conservée, mais elle n’a pas été comptée pour sa visite planifiée : { $reason }
planned-not-linked-plain = Votre évaluation a été conservée, mais elle n’a pas été comptée pour sa visite planifiée.
planned-refused-lockout = Votre autre visite de ce centre est trop proche de celle-ci.
planned-refused-lockout-until = Votre autre visite de ce centre est trop proche de celle-ci. Vous pourrez y prendre une visite à partir du { $date }.
planned-refused-daily-cap = Vous avez déjà autant de visites ce jour-là que permis.
planned-refused-wave-cap = Vous avez déjà autant de visites de cette vague qu’une seule personne peut en avoir.
planned-refused-held-cap = Vous détenez déjà le maximum de visites pas encore faites. Faites-en une ou rendez-en une d’abord.
planned-refused-spacing = Vous avez une visite dans un autre centre du même organisme trop proche de ce jour.
planned-refused-spacing-until = Vous avez une visite dans un autre centre du même organisme trop proche de ce jour. Vous pourrez prendre celle-ci à partir du { $date }.
planned-refused-grade = Votre note est inférieure au minimum exigé par cette vague.
planned-date = { $day } { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
} { $year }
planned-weekday = { $day ->
    [mon] lun.
    [tue] mar.
    [wed] mer.
    [thu] jeu.
    [fri] ven.
    [sat] sam.
   *[sun] dim.
}
