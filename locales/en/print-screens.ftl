# The screens' print panel: reports and QR posters as PDF.

print-title = Print
print-report = Download report (PDF)
print-format = Paper size for the QR codes
print-format-a6 = A6 table card
print-format-a5 = A5 table card
print-format-a4 = A4 counter poster
print-format-a3 = A3 wall poster
print-counters = Counters or touchpoints, one per line (optional)
print-counters-hint = Each counter gets its own page and a link that names it, so its ratings can be told apart.
print-posters = Print QR codes (PDF)
