# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = Mga nakaplanong pagbisita
planned-link-sub = Ang mga pagbisitang itinalaga sa iyo, at ang mga bukas na pagbisitang maaari mong kunin
planned-title = Mga nakaplanong pagbisita
planned-sign-in-first = Mag-sign in para makita ang mga pagbisitang nakaplano para sa iyo.
planned-mine = Itinalaga sa iyo
planned-mine-none = Wala pang pagbisitang itinalaga sa iyo sa ngayon.
planned-available = Mga bukas na pagbisita
planned-available-none = Walang bukas na pagbisitang makukuha sa ngayon.
planned-updated = Huling na-update: { $time }
planned-never-updated = Hindi pa na-download. Kumonekta sa internet para makita ang iyong mga nakaplanong pagbisita.
planned-updating = Nag-a-update…
planned-offline = Offline ka. Ito ang listahan noong huli itong na-download.
planned-sign-in-again = Natapos na ang iyong session. Mag-sign in muli para ma-update ang listahan.
planned-not-updated = Hindi ma-update ang listahan: { $reason }
planned-refresh = I-update ang listahan
planned-wave = Wave ng pagbisita
planned-service = Serbisyo
planned-window = Bumisita sa pagitan ng
planned-due = Takdang petsa
planned-days = Mga araw
planned-hours = Oras
planned-scenario = Ang dapat mong gawin
planned-range = { $from } – { $to }
planned-due-today = takdang petsa ngayon
planned-days-left = { $count ->
    [one] { $count } araw na lang
   *[other] { $count } araw na lang
}
planned-overdue = { $count ->
    [one] lampas na nang { $count } araw
   *[other] lampas na nang { $count } araw
}
planned-opens-on = Maaari mong simulan ang pagbisitang ito mula { $date }.
planned-status = { $status ->
    [open] Bukas
    [assigned] Itinalaga sa iyo
    [in_progress] Ginagawa
    [submitted] Naipadala
    [approved] Inaprubahan
    [returned] Ibinalik sa iyo
    [expired] Nag-expire
   *[cancelled] Kinansela
}
planned-start = Simulan ang pagbisita
planned-resume = Ituloy ang pagbisita
planned-claim = Kunin ang pagbisitang ito
planned-release = Ibalik
planned-release-confirm = Ibalik ang pagbisitang ito? Maaari na itong kunin ng ibang mamimili.
planned-release-yes = Oo, ibalik
planned-needs-connection = Kumonekta sa internet para kumuha o magbalik ng pagbisita.
planned-checklist-missing = Wala pa sa device na ito ang checklist ng pagbisitang ito. Kumonekta sa internet at subukang muli.
planned-action-failed = Hindi nagawa: { $reason }
planned-local-draft = Sinimulan sa device na ito
planned-local-waiting = Tapos na, naghihintay na i-upload
planned-local-sent = Tapos na at na-upload
planned-not-linked = Naitago ang iyong pagsusuri, pero hindi ito nabilang para sa nakaplanong pagbisita nito: { $reason }
planned-not-linked-plain = Naitago ang iyong pagsusuri, pero hindi ito nabilang para sa nakaplanong pagbisita nito.
planned-refused-lockout = Masyadong malapit sa pagbisitang ito ang iba mong pagbisita sa sentrong ito.
planned-refused-lockout-until = Masyadong malapit sa pagbisitang ito ang iba mong pagbisita sa sentrong ito. Maaari kang kumuha ng pagbisita roon mula { $date }.
planned-refused-daily-cap = Mayroon ka nang pinakamaraming pagbisitang pinapayagan sa araw na iyon.
planned-refused-wave-cap = Mayroon ka nang pinakamaraming pagbisita sa wave na ito na pinapayagan para sa isang mamimili.
planned-refused-held-cap = Hawak mo na ang pinakamaraming pagbisitang hindi pa nagagawa. Gawin o ibalik muna ang isa.
planned-refused-spacing = May pagbisita ka sa ibang sentro ng parehong organisasyon na masyadong malapit sa araw na iyon.
planned-refused-spacing-until = May pagbisita ka sa ibang sentro ng parehong organisasyon na masyadong malapit sa araw na iyon. Maaari mong kunin ito mula { $date }.
planned-refused-grade = Mas mababa ang iyong marka sa pinakamababang hinihingi ng wave na ito.
planned-date = { $month ->
    [1] Ene
    [2] Peb
    [3] Mar
    [4] Abr
    [5] May
    [6] Hun
    [7] Hul
    [8] Ago
    [9] Set
    [10] Okt
    [11] Nob
   *[12] Dis
} { $day }, { $year }
planned-weekday = { $day ->
    [mon] Lun
    [tue] Mar
    [wed] Miy
    [thu] Huw
    [fri] Biy
    [sat] Sab
   *[sun] Lin
}
