# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = Évaluez votre visite
print-scan = Scannez le code avec l'appareil photo de votre téléphone et touchez un visage
print-counter = Guichet : { $label }

report-title = Rapport du centre
report-entity-title = Rapport de l'entité
report-period = Du { $from } au { $to }
report-made = Établi le { $date }
report-summary = Synthèse
report-combined = Indice combiné
report-customer = Indice usagers
report-customer-note = notes des citoyens
report-audit = Indice d'audit
report-audit-note = visites des clients mystères
report-evaluations = { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}
report-stars = { $stars } étoiles sur 7
report-provisional = Provisoire : trop peu d'évaluations pour une note
report-no-rating = Pas de note : aucune évaluation sur la période
report-league = Rang { $rank } sur { $total } centres
report-trend = Évolution
report-stages = Étapes, de la plus forte à la plus faible
report-strengths = Points forts
report-improvements = Pistes d'amélioration
report-happiness = Ressenti des citoyens
report-happy = Satisfait
report-neutral = Mitigé
report-unhappy = Mécontent
report-reasons = Motifs les plus cités
report-employees = Agents et guichets
report-counters = Guichets
report-col-name = Nom
report-col-score = Note
report-col-count = Évaluations
report-col-centre = Établissement
report-col-rank = Rang
report-col-stars = Étoiles
report-comments = Commentaires récents
report-nothing = Rien sur cette période.
report-page = Page { $page } sur { $pages }
