# Espace d'administration : listes de contrôle et catalogue en classeurs (administrateurs seulement).
admin-title = Espace d'administration
admin-places = Pages d'administration
admin-checklists = Listes de contrôle
admin-catalogue = Catalogue des centres
admin-only = Seul un administrateur peut ouvrir cette page.
admin-sign-in = Se connecter en tant qu'administrateur
admin-file-unreadable = Le fichier n'a pas pu être lu : { $reason }
admin-reading = Lecture du fichier…
admin-drop-here = ou déposez le fichier ici
admin-choose-workbook = Choisir un classeur (.xlsx)
admin-picked-file = Fichier : { $name }
admin-checking = Vérification du classeur…
admin-checklists-intro = Rédigez une liste de contrôle dans un classeur (feuilles survey, choices et settings), envoyez-le pour le vérifier, consultez-le dans n'importe quelle langue, puis publiez-le. Les appareils la reçoivent à leur prochaine synchronisation.
admin-upload-checklist = Envoyer une liste de contrôle
admin-read-checklist = « { $title } » ({ $id }, version { $version })
admin-ready-to-publish = Lue sans erreur : { $what }. Rien n'est encore publié.
admin-published = Publiée : { $what }. Les appareils la reçoivent à leur prochaine synchronisation.
admin-not-publishable = { $count ->
    [one] Le classeur contient une erreur ; rien ne peut être publié avant sa correction.
   *[other] Le classeur contient { $count } erreurs ; rien ne peut être publié avant leur correction.
}
admin-publish = Publier
admin-publishing = Publication…
admin-problems = Problèmes trouvés
admin-problem-counts = { $errors ->
    [one] Une erreur
   *[other] { $errorsShown } erreurs
}, { $warnings ->
    [one] un avertissement
   *[other] { $warningsShown } avertissements
}
admin-severity-error = Erreur
admin-severity-warning = Avertissement
admin-col-severity = Gravité
admin-col-sheet = Feuille
admin-col-row = Ligne
admin-col-column = Colonne
admin-col-cell = Cellule telle qu'écrite
admin-col-problem = Ce qui ne va pas
authoring-problem-missing-sheet = Une feuille dont le classeur a besoin est absente.
authoring-problem-missing-column = Une colonne dont cette feuille a besoin manque à son en-tête.
authoring-problem-missing-name = Cette ligne a besoin d'un nom.
authoring-problem-duplicate-name = Ce nom est utilisé deux fois ; il doit être unique.
authoring-problem-invalid-name = Un nom ne peut contenir que des lettres, des chiffres, des tirets et des tirets bas.
authoring-problem-unknown-type = Ce type ne fait pas partie de ceux que connaît la mise en page du classeur.
authoring-problem-unknown-language = Ceci désigne une langue que l'application ne prend pas en charge.
authoring-problem-missing-label = Le texte dans la langue par défaut manque.
authoring-problem-expression-syntax = Cette condition ne peut pas être lue.
authoring-problem-unknown-item = Cette condition nomme une question que la liste n'a pas.
authoring-problem-later-item = Cette condition nomme la question elle-même ou une question suivante.
authoring-problem-value-does-not-fit = Cette condition compare une question à une valeur qui ne peut pas en être la réponse.
authoring-problem-invalid-number = Cette cellule devrait contenir un nombre.
authoring-problem-negative-weight = Un poids ne peut pas être inférieur à zéro.
authoring-problem-stage-weight-zero = Cette étape compte, mais toutes ses questions notées pèsent zéro.
authoring-problem-missing-choice-list = La feuille des choix n'a aucune liste de ce nom.
authoring-problem-unused-choice-list = Aucune question n'utilise cette liste de choix.
authoring-problem-score-out-of-range = La note d'un choix doit être comprise entre 0 et 1.
authoring-problem-unmatched-begin-group = Ce groupe n'est jamais fermé, ou il est à l'intérieur d'un autre groupe.
authoring-problem-unmatched-end-group = Cette fin de groupe n'a aucun groupe ouvert.
authoring-problem-item-outside-stage = Cette question est hors de tout groupe ; chaque question appartient à une étape.
authoring-problem-no-stages = La liste de contrôle n'a aucune étape.
authoring-problem-invalid-version = La version doit être un nombre entier supérieur à zéro.
authoring-problem-version-not-above = La version doit être supérieure à celle déjà publiée.
authoring-problem-unknown-role = Le rôle doit être shopper ou citizen.
authoring-problem-invalid-flag = Cette cellule devrait dire oui ou non.
authoring-problem-invalid-evidence = Une réponse en échec doit apporter une photo, un commentaire, les deux, ou rien.
authoring-problem-missing-target = Une durée a besoin d'un temps cible supérieur à zéro.
authoring-problem-misplaced-setting = Ce réglage ne s'applique pas à ce type de question.
authoring-problem-invalid-checklist = La liste lue enfreint l'une des règles de notation.
authoring-problem-unknown-reference = Cette ligne nomme une entité ou une prestation absente du catalogue.
authoring-problem-out-of-range = Cette latitude, cette longitude ou ce rayon sort de ce qu'un lieu sur Terre peut avoir.
authoring-problem-missing-translation = Certaines lignes n'ont pas de texte dans cette langue ; la langue par défaut y est affichée.
authoring-problem-typographic-quotes = Les guillemets typographiques d'une condition ont été lus comme des guillemets droits.
authoring-problem-header-spaces = Cet en-tête a des espaces avant ou après lui.
authoring-problem-left-to-right-text = Cette cellule de droite à gauche commence par du texte de gauche à droite.
admin-preview = Aperçu
admin-preview-language = Langue de l'aperçu
admin-preview-note = Tel que le verra un { $audience }. Les réponses données ici ne sont pas gardées.
admin-audience-shopper = client mystère
admin-audience-citizen = visiteur
admin-published-checklists = Listes de contrôle publiées
admin-col-version = N° de version
admin-col-published-at = Publiée le
admin-col-published-by = Publiée par
admin-col-workbook = Classeur
admin-published-by-server = le serveur (intégrée)
admin-download-version = Télécharger la version { $version }
admin-saved = Enregistré : { $place }
admin-compare-from = De la version
admin-compare-to = À la version
admin-compare = Afficher les changements
admin-diff-heading = De la version { $from } à la version { $to }
admin-diff-none = Rien n'a changé entre ces versions.
admin-diff-title = Titre
admin-diff-stages-added = Étapes ajoutées
admin-diff-stages-removed = Étapes supprimées
admin-diff-stages-changed = Étapes modifiées
admin-diff-items-added = Questions ajoutées
admin-diff-items-removed = Questions supprimées
admin-diff-items-changed = Questions modifiées
admin-change-none = (aucun)
admin-change-always = toujours affichée
admin-yes = Oui
admin-no = Non
admin-change-label = Libellé en { $language } : « { $from } » → « { $to } »
admin-change-hint = Aide en { $language } : « { $from } » → « { $to } »
admin-change-weight = Poids : { $from } → { $to }
admin-change-logic = Quand elle est affichée : { $from } → { $to }
admin-change-kind = Type de réponse : { $from } → { $to }
admin-change-required = Obligatoire : { $from } → { $to }
admin-change-evidence = Ce qu'une réponse en échec doit apporter : { $from } → { $to }
admin-change-stage = Déplacée de l'étape { $from } à l'étape { $to }
admin-catalogue-intro = Téléchargez le catalogue en classeur (feuilles entities, services et centres), modifiez-le, envoyez-le pour le vérifier, puis appliquez-le. Les lignes sont ajoutées ou mises à jour par leur identifiant et jamais supprimées ; un centre rendu inactif sort des nouvelles visites.
admin-catalogue-current = Le catalogue actuel
admin-download-catalogue = Télécharger le catalogue (.xlsx)
admin-upload-catalogue = Envoyer un catalogue
admin-catalogue-ready = Lu sans erreur : { $entities } entités, { $services } prestations, { $centres } centres. Rien n'est encore changé.
admin-catalogue-applied = Appliqué : { $entities } entités, { $services } prestations et { $centres } centres ajoutés ou mis à jour.
admin-not-applicable = { $count ->
    [one] Le classeur contient une erreur ; rien ne peut être appliqué avant sa correction.
   *[other] Le classeur contient { $count } erreurs ; rien ne peut être appliqué avant leur correction.
}
admin-apply = Appliquer
admin-applying = Application…
admin-catalogue-rows = Lignes lues
admin-entities = Entités
admin-services = Prestations
admin-centres = Centres de service
admin-col-id = Identifiant
admin-col-name = Nom
admin-col-entity = Entité
admin-col-coordinates = Latitude et longitude
admin-col-geofence = Géorepérage
admin-col-active = En service
admin-metres = { $metres } mètres
