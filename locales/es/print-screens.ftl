# The screens' print panel: reports and QR posters as PDF.

print-title = Imprimir
print-report = Descargar informe (PDF)
print-format = Tamaño de papel de los códigos QR
print-format-a6 = Tarjeta de mesa A6
print-format-a5 = Tarjeta de mesa A5
print-format-a4 = Cartel de ventanilla A4
print-format-a3 = Cartel de pared A3
print-counters = Ventanillas o puntos de atención, uno por línea (opcional)
print-counters-hint = Cada ventanilla tiene su propia página y un enlace con su nombre, para distinguir sus valoraciones.
print-posters = Imprimir códigos QR (PDF)
