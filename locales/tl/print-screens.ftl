# The screens' print panel: reports and QR posters as PDF.

print-title = I-print
print-report = I-download ang ulat (PDF)
print-format = Laki ng papel para sa mga QR code
print-format-a6 = A6 na card sa mesa
print-format-a5 = A5 na card sa mesa
print-format-a4 = A4 na poster sa counter
print-format-a3 = A3 na poster sa dingding
print-counters = Mga counter o touchpoint, isa bawat linya (opsyonal)
print-counters-hint = Bawat counter ay may sariling pahina at link na may pangalan nito, para makilala ang mga rating nito.
print-posters = I-print ang mga QR code (PDF)
