# The screens' print panel: reports and QR posters as PDF.

print-title = Impression
print-report = Télécharger le rapport (PDF)
print-format = Format du papier des codes QR
print-format-a6 = Chevalet de table A6
print-format-a5 = Chevalet de table A5
print-format-a4 = Affiche de guichet A4
print-format-a3 = Affiche murale A3
print-counters = Guichets ou points de contact, un par ligne (facultatif)
print-counters-hint = Chaque guichet a sa propre page et un lien qui le nomme, pour distinguer ses notes.
print-posters = Imprimer les codes QR (PDF)
