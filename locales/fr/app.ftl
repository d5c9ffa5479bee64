# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = Français
app-name = Client mystère
go-home = Revenir à l'accueil
not-found-title = Cette page n'existe pas
store-failed-title = L'application ne peut pas ouvrir son espace de stockage sur cet appareil
settings-set-aside = Les paramètres enregistrés sur cet appareil n'ont pas pu être lus. Une copie a été mise de côté et les paramètres par défaut sont utilisés : veuillez vérifier vos choix dans Paramètres.
cancel = Annuler
save = Enregistrer
saved = Enregistré
previous = Retour
next = Suivant

## Connection and outbox badge

connection-online = En ligne
connection-offline = Hors ligne — votre travail est enregistré sur cet appareil
connection-unknown = Connexion…
outbox-badge = { $count ->
    [0] Rien en attente d'envoi
    [one] { $count } évaluation en attente d'envoi
   *[other] { $count } évaluations en attente d'envoi
}

## First run and settings

welcome-title = Bienvenue
welcome-lead = Notez votre visite dans un centre de services gouvernemental, ou réalisez une évaluation qui vous a été confiée.
language-label = Langue
welcome-role = Qui utilise cette application ?
role-citizen = Je suis visiteur
role-citizen-hint = Notez une visite en quelques touches
role-shopper = Je suis client mystère
role-shopper-hint = Réalisez une évaluation complète
settings-title = Paramètres
settings-server = Adresse du serveur

## Finding a centre

centres-title = Choisissez un centre
centres-search = Rechercher par nom
centres-nearest = Les plus proches d'abord
centres-locating = Recherche de votre position…
centres-entity = Organisme
centres-all = Tous
centres-none-yet = La liste des centres n'a pas encore été téléchargée. Connectez-vous une fois à Internet, ou ouvrez le lien du code QR du centre.
centres-no-match = Aucun centre ne correspond à votre recherche.
distance-km = à { $km } km

## Citizen rating

face-happy = Satisfait
face-neutral = Neutre
face-unhappy = Insatisfait
rate-more = Ajouter des précisions (facultatif)
rate-comment = Votre commentaire
rate-employee = Nom de l'agent ou numéro de guichet
rate-submit = Envoyer ma note
rate-unknown-centre = Ce centre ne figure pas dans la liste
rate-unknown-centre-hint = Vérifiez le lien ou le code QR, ou choisissez le centre dans la liste.
checklist-missing = Ce formulaire d'évaluation n'est pas encore disponible sur cet appareil.
missing-item = Veuillez répondre : { $item }
confirm-thanks = Merci pour votre évaluation
confirm-sending = Envoi en cours…
confirm-sent = Envoyée. Le centre verra votre évaluation.
confirm-saved = Enregistrée sur cet appareil. Elle sera envoyée automatiquement dès que vous serez de nouveau en ligne.
confirm-refused = L'envoi a échoué : { $reason }
confirm-again = Noter une autre visite

## Answers

answer-yes = Oui
answer-no = Non
answer-na = Sans objet
scale-1 = 1 — Très mauvais
scale-2 = 2 — Mauvais
scale-3 = 3 — Moyen
scale-4 = 4 — Bon
scale-5 = 5 — Très bon
unit-minutes = { $count ->
    [one] minutes (objectif : { $count } minute)
   *[other] minutes (objectif : { $count } minutes)
}
evidence-photo-needed = Veuillez ajouter une photo qui le montre.
evidence-comment-needed = Veuillez décrire dans un commentaire ce qui s'est passé.
comment-add = Ajouter un commentaire
comment-label = Commentaire
comment-placeholder = Qu'avez-vous remarqué ?
photo-add = Ajouter une photo
photo-processing = Préparation de la photo…
photo-not-an-image = Ce fichier n'est pas une photo. Choisissez une image JPEG ou PNG.
photo-unreadable = Impossible de lire la photo : { $reason }
photo-count = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}

## Shopper visits

sign-in-title = Connexion
sign-in-username = Nom d'utilisateur
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-wrong = Le nom d'utilisateur ou le mot de passe est incorrect.
sign-in-offline = Impossible de joindre le serveur. Vérifiez la connexion et réessayez.
sign-in-as = Session ouverte : { $name }
sign-out = Se déconnecter
visits-title = Mes visites
visits-sign-in-first = Connectez-vous pour que vos évaluations puissent être envoyées.
visits-in-progress = Visites en cours
visits-new = Commencer une nouvelle visite
visits-centre = Centre visité
visits-service = Service évalué
visits-start = Commencer la visite
answered-count = { $count ->
    [one] { $count } réponse pour l'instant
   *[other] { $count } réponses pour l'instant
}
visit-not-found = Cette visite ne se trouve pas sur cet appareil.
visit-submitted = Cette visite a été soumise.
visit-progress = Avancement de l'évaluation
visit-stages = Étapes de la visite
visit-review = Vérifier et soumettre
check-in = Signaler mon arrivée
check-in-needed = Signalez votre arrivée une fois au centre : l'heure et votre position sont alors enregistrées.
checked-in-at = Arrivée signalée à { $time }.
check-in-inside = Dans le centre.
check-in-outside = En dehors de la zone du centre.
check-in-no-location = Position non disponible.
timer-start = Démarrer le chronomètre
timer-stop = Arrêter le chronomètre

## Summary

summary-title = Vérifiez votre évaluation
summary-complete = Tout ce qui est obligatoire a été rempli.
summary-missing = { $count ->
    [one] { $count } élément demande encore votre attention
   *[other] { $count } éléments demandent encore votre attention
}
missing-answer = réponse requise
missing-photo = photo requise
missing-comment = commentaire requis
summary-score = Résultat par étape
summary-stage = Étape
summary-percent = Résultat
summary-overall = Évaluation complète
summary-employee = Nom de l'agent ou numéro de guichet
summary-comment = Commentaire général
summary-submit = Soumettre l'évaluation

## Outbox

outbox-title = Boîte d'envoi
outbox-empty = Aucune évaluation sur cet appareil pour l'instant.
outbox-kind-rating = Note
outbox-kind-visit = Visite
outbox-resume = Reprendre
outbox-delete = Supprimer
outbox-delete-confirm = Supprimer ce brouillon ? Cette action est irréversible.
outbox-delete-yes = Oui, supprimer
outbox-retry = Réessayer
state-draft = Brouillon — pas encore soumis
state-waiting = En attente d'envoi
state-uploading = Envoi en cours…
state-uploaded = Envoyée
state-retrying = Pas encore envoyée — nouvel essai automatique
state-refused = Le serveur l'a refusée : { $reason }
state-needs-sign-in = Connectez-vous pour l'envoyer

## Why the server refused an evaluation (by the server's error code)

error-conflict = Une autre évaluation a déjà été envoyée avec le même numéro.
error-not-returned = Cette évaluation est en cours d'examen et ne peut pas être modifiée pour le moment.
error-revision-out-of-order = Cette version de l'évaluation ne fait pas suite à la dernière version reçue par le serveur.
error-unknown-centre = Le serveur ne connaît plus ce centre.
error-unknown-service = Le centre ne propose plus ce service.
error-unknown-template = Le serveur ne connaît pas cette version du formulaire. Mettez à jour l'application.
error-template-mismatch = L'évaluation ne correspond pas à son formulaire. Mettez à jour l'application.
error-invalid-role = Ce formulaire ne peut pas être utilisé avec ce rôle.
error-missing-answer = Il manque une réponse obligatoire.
error-missing-photo = Il manque une photo obligatoire.
error-missing-comment = Il manque un commentaire obligatoire.
error-photo-missing = Une photo n'est pas parvenue au serveur. Réessayez.
error-too-large = L'évaluation ou l'une de ses photos est trop volumineuse.
error-invalid-workbook = Le fichier n’est pas un classeur que ce serveur peut lire, ou il est trop volumineux. Enregistrez-le à nouveau au format .xlsx.
error-password-change-required = Changez d’abord votre mot de passe temporaire.
error-weak-password = Choisissez un mot de passe plus long : au moins 12 caractères, ni votre nom d’utilisateur, ni un mot de passe courant.
error-too-long = Un texte est trop long.
error-invalid-field = Le serveur n'a pas pu lire une partie de l'évaluation. Mettez à jour l'application.
error-wrong-kind = Une réponse n'a pas le bon format. Mettez à jour l'application.
error-invalid-value = Une réponse n'est pas autorisée.
error-unknown-item = L'évaluation contient une réponse que le formulaire ne demande pas. Mettez à jour l'application.
error-bad-json = Le serveur n'a pas pu lire l'évaluation. Mettez à jour l'application.
error-id-mismatch = Le numéro de l'évaluation ne correspond pas. Mettez à jour l'application.
error-hash-mismatch = Une photo a été endommagée pendant l'envoi. Réessayez.
error-not-an-image = Une photo n'a pas pu être lue comme image.
error-forbidden = Votre compte n'est pas autorisé à envoyer cette évaluation.
error-unauthorized = Reconnectez-vous pour envoyer cette évaluation.
error-invalid-id = Le numéro de l'évaluation n'est pas valide. Mettez à jour l'application.
error-invalid-photo-id = Le nom d'une photo n'est pas valide. Mettez à jour l'application.

## Enregistrement sur cet appareil

store-save-failed = Non enregistré sur cet appareil. Ce que vous avez saisi est toujours là ; veuillez réessayer.
store-read-failed = Les évaluations enregistrées sur cet appareil n'ont pas pu être lues. Fermez l'application puis rouvrez-la ; si cela continue, demandez de l'aide.

## Déconnexion

sign-out-waiting = Des visites attendent d'être envoyées et ont besoin de votre connexion. Elles restent sur cet appareil et seront envoyées quand vous vous reconnecterez.
sign-out-yes = Se déconnecter quand même
signed-out = Vous êtes déconnecté.

## Autres raisons données par le serveur (selon son code d'erreur)

error-rate-limited = Trop d'avis ont été envoyés d'ici à l'instant. Le vôtre est enregistré et sera envoyé automatiquement un peu plus tard.
error-too-many-attempts = Trop de tentatives de connexion. Attendez quelques minutes, puis réessayez.
error-staff-cannot-rate = Un compte du personnel ne peut pas envoyer l'avis d'un visiteur. Déconnectez-vous, puis renvoyez-le.
error-citizen-not-revisable = L'avis d'un visiteur ne peut plus être modifié une fois envoyé.
error-photo-has-metadata = Une photo contient encore des informations cachées, comme le lieu de la prise de vue. Mettez à jour l'application.
error-photo-too-large = Une photo est trop grande. Reprenez-la ou choisissez-en une plus petite.
error-implausible-value = Une réponse ne peut pas être juste, par exemple une attente très longue. Vérifiez-la et réessayez.
error-unknown-locale = Le serveur ne connaît pas la langue de cette évaluation. Mettez à jour l'application.
error-unsupported-media-type = Le serveur n'accepte pas ce type de fichier. Mettez à jour l'application.
error-unknown-kiosk = Cette borne n'est pas enregistrée. Demandez au personnel du centre de l'enregistrer à nouveau.
error-kiosk-wrong-centre = Cette borne est enregistrée pour un autre centre. Demandez au personnel du centre de la vérifier.
error-invalid-path = L'application a utilisé une adresse que le serveur refuse. Mettez à jour l'application.

error-bad-body = La demande n’a pas pu être lue. Veuillez réessayer.
error-bad-query = La recherche ou le filtre n’a pas été compris.
error-internal = Une erreur s’est produite sur le serveur. Rien n’a été modifié ; veuillez réessayer plus tard.
error-method-not-allowed = Cette action n’est pas possible ici.
error-not-found = Le serveur n’a pas ce qui a été demandé.
connection-offline-short = Hors ligne
rate-loading-centre = Chargement du centre…
rate-catalogue-unavailable = La liste des centres n’est pas encore sur cet appareil. Connectez-vous à Internet et réessayez.
photo-remove = Retirer cette photo
photo-thumbnail = Photo n° { $number }
visits-change-centre = Changer de centre
visits-service-needed = Choisissez le service que vous évaluez.
settings-digits = Chiffres
error-illegal-transition = Cette décision n’est pas possible depuis le statut actuel de l’évaluation.
error-evidence-required = Pour marquer cette action comme faite, il faut un commentaire disant ce qui a été fait et, si l’action le demande, une photo.
error-comment-required = Indiquez la raison dans un commentaire quand vous renvoyez ou rejetez une évaluation.

role-supervisor = J’examine les évaluations ou je dirige un centre (personnel)
review-status-received = Reçue
review-status-has-issues = Avec anomalies
review-status-returned = Renvoyée à l’évaluateur
review-status-approved = Approuvée
review-status-rejected = Rejetée
review-inbox-title = Évaluations à examiner
review-filter-status = Statut
review-filter-role = Qui a évalué
review-all = Toutes
review-role-citizen = Citoyens
review-role-shopper = Clients mystères
review-count = Évaluations trouvées : { $count }
review-inbox-empty = Rien ici avec ces filtres.
review-select = Sélectionner
review-col-centre = Centre
review-col-role = Par
review-col-visit = Visite
review-col-score = Score
review-col-status = Statut
review-col-photos = Photos
review-col-place = Pointage
review-more = Afficher plus
review-bulk-done = Approuvées : { $count }
review-bulk-confirm = Approuver les évaluations sélectionnées ({ $count }) ?
review-approve = Approuver
review-approve-selected = Approuver la sélection ({ $count })
review-visit-photos = Photos de la visite
review-no-check-in = Pas de pointage
review-outside-by = Hors de la zone du centre de { $metres } m
review-by = Envoyée par
review-minutes-of-target = { $minutes } min (objectif { $target } min)
review-history = Historique
review-received-revision = Révision { $revision } reçue
review-commented = Commentaire
review-no-moves = Aucune décision possible pour l’instant : elle attend l’évaluateur.
review-comment = Commentaire pour l’évaluateur ou le dossier
review-do-approved = Approuver
review-do-has-issues = Signaler des anomalies
review-do-rejected = Rejeter
review-do-returned = Renvoyer à l’évaluateur
review-compared = Révision { $revision } ; ce qui a changé depuis la révision { $previous } est signalé.
review-was = Avant : { $answer }
visit-returned = Renvoyée par le superviseur : { $comment }
review-from = Du
review-to = Au
review-next = Évaluation suivante
review-filters = Filtres

## Centre performance
review-places = Revue
stats-title = Performance
stats-period = Période
stats-last-30 = 30 derniers jours
stats-last-90 = 90 derniers jours
stats-last-365 = 12 derniers mois
stats-entity = Autorité
stats-combined = Indice combiné
stats-customer = Indice clients
stats-audit = Indice d’audit
stats-rating = Note
stats-rank = Rang
stats-evaluations = Évaluations
stats-evaluation-count = { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}
stats-answer-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
stats-stars = { $stars } étoiles sur { $max }
stats-too-few = Trop peu pour noter
stats-no-rating = Pas encore noté
stats-league = Centres
stats-no-centres = Aucun centre à afficher.
stats-back = Tous les centres
stats-trend = Tendance
stats-trend-summary = L’indice combiné et les deux indices sur la période
stats-trend-table = Voir les chiffres dans un tableau
stats-week = Semaine { $week }
stats-stages = Étapes du parcours client
stats-no-evaluations = Aucune évaluation ne compte sur cette période.
stats-happiness = Satisfaction des citoyens
stats-no-citizens = Aucune note de citoyen sur cette période.
stats-reasons = Raisons données quand ils n’étaient pas satisfaits
stats-strengths = Points forts
stats-weaknesses = Pistes d’amélioration
stats-too-few-items = Trop peu de réponses pour le dire.
stats-employees = Agents et guichets
stats-no-employees = Aucun agent ni guichet n’a été nommé sur cette période.
stats-alerts = Alertes
stats-alert-text = { $unhappy } notes mécontentes sur { $ratings } en { $minutes } minutes
stats-alert-cleared = revenu à la normale
stats-acknowledge = Vu
stats-exports = Exports
stats-export-evaluations-csv = Évaluations (CSV)
stats-export-evaluations-xlsx = Évaluations (Excel)
stats-export-answers-csv = Réponses (CSV)
stats-export-rows = { $done } lignes sur { $total }
stats-export-bytes = { $kb } Ko reçus
stats-export-saved = Enregistré : { $place }
stats-settings = Attribution des étoiles
stats-settings-customer-weight = Poids de l’indice clients (%)
stats-settings-min-customer-count = Notes de citoyens nécessaires pour des étoiles
stats-settings-min-audit-count = Audits approuvés nécessaires pour des étoiles
stats-settings-band = { $stars } étoiles à partir de (%)
stats-settings-bands = Paliers d’étoiles
stats-settings-save = Enregistrer
stats-settings-saved = Enregistré ; tous les chiffres l’utilisent désormais.
stats-settings-not-number = Pas un nombre : { $field }

## Proof of visit
review-filter-flag = Preuve de visite
proof-flag-outside-geofence = Pointage hors du centre
proof-flag-no-location = Pas de position
proof-flag-duplicate-photos = Photo utilisée dans une autre évaluation
proof-flag-clock-skew = Horloge de l’appareil décalée
proof-clock-offset = L’horloge de l’appareil était décalée de { $minutes } min ; les heures de la visite ont été corrigées.
check-in-accuracy = ± { $metres } m
location-denied = La localisation est désactivée pour cette app : le pointage est gardé sans elle. Vous pouvez l’autoriser dans les réglages de l’appareil.
location-timeout = Aucune position n’est arrivée à temps : le pointage est gardé sans elle.
location-unavailable = Cet appareil n’a pas de service de localisation actif : le pointage est gardé sans elle.
photo-from-library = Choisir dans la galerie
