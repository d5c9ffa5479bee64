# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = Tagalog
app-name = Lihim na Mamimili
go-home = Bumalik sa simula
not-found-title = Walang ganitong pahina
store-failed-title = Hindi mabuksan ng app ang storage nito sa device na ito
settings-set-aside = Hindi mabasa ang mga setting na nakatago sa device na ito. Itinabi ang isang kopya at ang mga default ang ginagamit ngayon: pakitingnan ang iyong mga pinili sa Mga setting.
cancel = Kanselahin
save = I-save
saved = Na-save
previous = Bumalik
next = Susunod

## Connection and outbox badge

connection-online = May koneksyon
connection-offline = Walang koneksyon — naka-save sa device na ito ang inyong gawa
connection-unknown = Kumokonekta…
outbox-badge = { $count ->
    [0] Walang naghihintay na i-upload
    [one] { $count } pagsusuring naghihintay na i-upload
   *[other] { $count } pagsusuring naghihintay na i-upload
}

## First run and settings

welcome-title = Maligayang pagdating
welcome-lead = I-rate ang inyong pagbisita sa isang sentro ng serbisyo ng gobyerno, o isagawa ang pagsusuring itinalaga sa inyo.
language-label = Wika
welcome-role = Sino po ang gumagamit ng app na ito?
role-citizen = Ako ay bisita
role-citizen-hint = I-rate ang pagbisita sa ilang pindot lang
role-shopper = Ako ay lihim na mamimili (mystery shopper)
role-shopper-hint = Isagawa ang buong pagsusuri
settings-title = Mga setting
settings-server = Address ng server

## Finding a centre

centres-title = Pumili ng sentro
centres-search = Maghanap ayon sa pangalan
centres-nearest = Pinakamalapit muna
centres-locating = Hinahanap ang inyong lokasyon…
centres-entity = Ahensya
centres-all = Lahat
centres-none-yet = Hindi pa nada-download ang listahan ng mga sentro. Kumonekta muna sa internet kahit isang beses, o buksan ang link sa QR code ng sentro.
centres-no-match = Walang sentrong tumutugma sa inyong hinahanap.
distance-km = { $km } km ang layo

## Citizen rating

face-happy = Masaya
face-neutral = Katamtaman
face-unhappy = Hindi masaya
rate-more = Magdagdag ng iba pang detalye (opsyonal)
rate-comment = Inyong komento
rate-employee = Pangalan ng empleyado o numero ng counter
rate-submit = Ipadala ang aking rating
rate-unknown-centre = Wala sa listahan ang sentrong ito
rate-unknown-centre-hint = Tingnan ang link o ang QR code, o pumili ng sentro mula sa listahan.
checklist-missing = Wala pa sa device na ito ang form ng pagsusuring ito.
missing-item = Pakisagot po: { $item }
confirm-thanks = Salamat po sa inyong pagsusuri
confirm-sending = Ipinapadala…
confirm-sent = Naipadala na. Makikita ng sentro ang inyong pagsusuri.
confirm-saved = Naka-save sa device na ito. Awtomatiko itong ipapadala kapag may koneksyon na ulit kayo.
confirm-refused = Hindi ito naipadala: { $reason }
confirm-again = Mag-rate ng ibang pagbisita

## Answers

answer-yes = Oo
answer-no = Hindi
answer-na = Hindi angkop
scale-1 = 1 — Napakahina
scale-2 = 2 — Mahina
scale-3 = 3 — Katamtaman
scale-4 = 4 — Mabuti
scale-5 = 5 — Napakahusay
unit-minutes = { $count ->
    [one] minuto (target: { $count } minuto)
   *[other] minuto (target: { $count } minuto)
}
evidence-photo-needed = Pakidagdag ang larawang nagpapakita nito.
evidence-comment-needed = Pakilarawan sa komento ang nangyari.
comment-add = Magdagdag ng komento
comment-label = Komento
comment-placeholder = Ano ang napansin ninyo?
photo-add = Magdagdag ng larawan
photo-processing = Inihahanda ang larawan…
photo-not-an-image = Hindi larawan ang file na ito. Pumili ng JPEG o PNG na larawan.
photo-unreadable = Hindi mabasa ang larawan: { $reason }
photo-count = { $count ->
    [one] { $count } larawan
   *[other] { $count } larawan
}

## Shopper visits

sign-in-title = Mag-sign in
sign-in-username = Inyong username
sign-in-password = Inyong password
sign-in-submit = Mag-sign in
sign-in-wrong = Mali ang username o ang password.
sign-in-offline = Hindi maabot ang server. Tingnan ang koneksyon at subukang muli.
sign-in-as = Naka-sign in bilang { $name }
sign-out = Mag-sign out
visits-title = Aking mga pagbisita
visits-sign-in-first = Mag-sign in para ma-upload ang inyong mga pagsusuri.
visits-in-progress = Mga pagbisitang hindi pa tapos
visits-new = Magsimula ng bagong pagbisita
visits-centre = Sentro
visits-service = Serbisyo
visits-start = Simulan ang pagbisita
answered-count = { $count ->
    [one] { $count } sagot sa ngayon
   *[other] { $count } sagot sa ngayon
}
visit-not-found = Wala sa device na ito ang pagbisitang ito.
visit-submitted = Naisumite na ang pagbisitang ito.
visit-progress = Progreso ng pagsusuri
visit-stages = Mga yugto ng pagbisita
visit-review = Repasuhin at isumite
check-in = Mag-check in ngayon
check-in-needed = Mag-check in pagdating ninyo sa sentro: itatala nito ang oras at ang inyong lokasyon.
checked-in-at = Nag-check in nang { $time }.
check-in-inside = Nasa loob ng sentro.
check-in-outside = Nasa labas ng sakop ng sentro.
check-in-no-location = Hindi makuha ang lokasyon.
timer-start = Simulan ang timer
timer-stop = Ihinto ang timer

## Summary

summary-title = Repasuhin ang inyong pagsusuri
summary-complete = Nasagot na ang lahat ng kinakailangan.
summary-missing = { $count ->
    [one] { $count } item pa ang kailangang asikasuhin
   *[other] { $count } item pa ang kailangang asikasuhin
}
missing-answer = kailangan ng sagot
missing-photo = kailangan ng larawan
missing-comment = kailangan ng komento
summary-score = Marka bawat yugto
summary-stage = Yugto
summary-percent = Marka
summary-overall = Buong pagsusuri
summary-employee = Pangalan ng empleyado o numero ng counter
summary-comment = Pangkalahatang komento
summary-submit = Isumite ang pagsusuri

## Outbox

outbox-title = Mga ipapadala
outbox-empty = Wala pang pagsusuri sa device na ito.
outbox-kind-rating = Pag-rate
outbox-kind-visit = Pagbisita
outbox-resume = Ituloy
outbox-delete = Burahin
outbox-delete-confirm = Burahin ang draft na ito? Hindi na ito maibabalik.
outbox-delete-yes = Oo, burahin
outbox-retry = Subukang muli
state-draft = Draft — hindi pa naisusumite
state-waiting = Naghihintay na i-upload
state-uploading = Ina-upload…
state-uploaded = Na-upload na
state-retrying = Hindi pa na-upload — awtomatikong susubukang muli
state-refused = Hindi ito tinanggap ng server: { $reason }
state-needs-sign-in = Mag-sign in para mag-upload

## Why the server refused an evaluation (by the server's error code)

error-conflict = May ibang pagsusuring naipadala na gamit ang parehong numero.
error-not-returned = Nirerepaso na ang pagsusuring ito kaya hindi ito mababago ngayon.
error-revision-out-of-order = Hindi sumusunod ang bersyong ito ng pagsusuri sa huling bersyong nasa server.
error-unknown-centre = Hindi na kilala ng server ang sentrong ito.
error-unknown-service = Hindi na iniaalok ng sentro ang serbisyong ito.
error-unknown-template = Hindi kilala ng server ang bersyong ito ng form. Paki-update po ang app.
error-template-mismatch = Hindi tugma ang pagsusuri sa form nito. Paki-update po ang app.
error-invalid-role = Hindi magagamit ang form na ito sa ganitong tungkulin.
error-missing-answer = May kulang na kinakailangang sagot.
error-missing-photo = May kulang na kinakailangang larawan.
error-missing-comment = May kulang na kinakailangang komento.
error-photo-missing = May larawang hindi nakarating sa server. Pakisubukang muli.
error-too-large = Masyadong malaki ang pagsusuri o ang isa sa mga larawan nito.
error-invalid-workbook = Hindi ito workbook na nababasa ng server, o masyado itong malaki. I-save itong muli bilang .xlsx.
error-password-change-required = Palitan muna ang iyong pansamantalang password.
error-weak-password = Pumili ng mas mahabang password: hindi bababa sa 12 karakter, hindi ang iyong username, hindi karaniwang password.
error-too-long = Masyadong mahaba ang isang teksto.
error-invalid-field = Hindi mabasa ng server ang bahagi ng pagsusuri. Paki-update po ang app.
error-wrong-kind = Mali ang format ng isang sagot. Paki-update po ang app.
error-invalid-value = Hindi pinapayagan ang isang sagot.
error-unknown-item = May sagot ang pagsusuri na hindi itinatanong sa form. Paki-update po ang app.
error-bad-json = Hindi mabasa ng server ang pagsusuri. Paki-update po ang app.
error-id-mismatch = Hindi tugma ang numero ng pagsusuri. Paki-update po ang app.
error-hash-mismatch = Nasira ang isang larawan habang ipinapadala. Pakisubukang muli.
error-not-an-image = Hindi mabasa ang isang larawan bilang imahe.
error-forbidden = Hindi pinapayagan ang inyong account na magpadala ng pagsusuring ito.
error-unauthorized = Mag-sign in po ulit para maipadala ang pagsusuring ito.
error-invalid-id = Hindi wasto ang numero ng pagsusuri. Paki-update po ang app.
error-invalid-photo-id = Hindi wasto ang pangalan ng isang larawan. Paki-update po ang app.

## Pag-save sa device na ito

store-save-failed = Hindi na-save sa device na ito. Narito pa rin ang inilagay mo; pakisubukang muli.
store-read-failed = Hindi mabasa ang mga pagsusuring naka-save sa device na ito. Isara ang app at buksan muli; kung patuloy itong mangyari, humingi ng tulong.

## Pag-sign out

sign-out-waiting = May mga pagbisitang naghihintay ma-upload at kailangan ang iyong pag-sign in. Mananatili ang mga ito sa device na ito at maa-upload pagkatapos mong mag-sign in muli.
sign-out-yes = Mag-sign out pa rin
signed-out = Naka-sign out ka na.

## Iba pang dahilan na ibinibigay ng server (ayon sa error code nito)

error-rate-limited = Napakaraming rating ang naipadala mula rito kanina lang. Naka-save ang sa iyo at kusang maipapadala maya-maya.
error-too-many-attempts = Napakaraming pagsubok mag-sign in. Maghintay ng ilang minuto, saka subukang muli.
error-staff-cannot-rate = Hindi maaaring magpadala ng rating ng bisita ang account ng kawani. Mag-sign out, saka ipadala muli.
error-citizen-not-revisable = Hindi na mababago ang rating ng bisita kapag naipadala na.
error-photo-has-metadata = May nakatagong detalye pa ang isang larawan, tulad ng kung saan ito kinuha. Paki-update po ang app.
error-photo-too-large = Masyadong malaki ang isang larawan. Kunan itong muli o pumili ng mas maliit.
error-implausible-value = Hindi maaaring tama ang isang sagot, halimbawa ay napakahabang oras ng paghihintay. Suriin ito at subukang muli.
error-unknown-locale = Hindi kilala ng server ang wika ng pagsusuring ito. Paki-update po ang app.
error-unsupported-media-type = Hindi tinatanggap ng server ang ganitong uri ng file. Paki-update po ang app.
error-unknown-kiosk = Hindi nakarehistro ang kiosk na ito. Hilingin sa mga kawani ng sentro na irehistro itong muli.
error-kiosk-wrong-centre = Nakarehistro ang kiosk na ito sa ibang sentro. Hilingin sa mga kawani ng sentro na suriin ito.
error-invalid-path = Gumamit ang app ng address na hindi tinatanggap ng server. Paki-update po ang app.

error-bad-body = Hindi mabasa ang kahilingan. Pakisubukang muli.
error-bad-query = Hindi naintindihan ang paghahanap o filter.
error-internal = May nagkaproblema sa server. Walang nabago; pakisubukang muli mamaya.
error-method-not-allowed = Hindi puwedeng gawin dito ang aksyong ito.
error-not-found = Wala sa server ang hinihingi.
connection-offline-short = Walang koneksyon
rate-loading-centre = Nilo-load ang sentro…
rate-catalogue-unavailable = Wala pa sa device na ito ang listahan ng mga sentro. Kumonekta sa internet at subukang muli.
photo-remove = Alisin ang larawang ito
photo-thumbnail = Larawan { $number }
visits-change-centre = Palitan ang sentro
visits-service-needed = Piliin ang serbisyong sinusuri ninyo.
settings-digits = Mga numero
error-illegal-transition = Hindi puwede ang desisyong ito mula sa kasalukuyang katayuan ng pagsusuri.
error-evidence-required = Para markahang tapos ang aksyong ito, kailangan ng komentong nagsasabi kung ano ang ginawa, at larawan kung hinihingi ito ng aksyon.
error-comment-required = Sabihin ang dahilan sa isang komento kapag ibinabalik o tinatanggihan ang isang pagsusuri.

role-supervisor = Sinusuri ko ang mga pagsusuri o namamahala ng sentro (kawani)
review-status-received = Natanggap
review-status-has-issues = May mga isyu
review-status-returned = Ibinalik sa mystery shopper
review-status-approved = Aprubado
review-status-rejected = Tinanggihan
review-inbox-title = Mga pagsusuring susuriin
review-filter-status = Katayuan
review-filter-role = Sino ang sumuri
review-all = Lahat
review-role-citizen = Mga mamamayan
review-role-shopper = Mga mystery shopper
review-count = Mga nakitang pagsusuri: { $count }
review-inbox-empty = Walang laman sa mga filter na ito.
review-select = Piliin
review-col-centre = Sentro
review-col-role = Ni
review-col-visit = Pagbisita
review-col-score = Iskor
review-col-status = Katayuan
review-col-photos = Mga larawan
review-col-place = Pag-check in
review-more = Magpakita pa
review-bulk-done = Naaprubahan: { $count }
review-bulk-confirm = Aprubahan ang mga napiling pagsusuri ({ $count })?
review-approve = Aprubahan
review-approve-selected = Aprubahan ang napili ({ $count })
review-visit-photos = Mga larawan ng pagbisita
review-no-check-in = Walang pag-check in
review-outside-by = Labas sa lugar ng sentro nang { $metres } m
review-by = Ipinadala ni
review-minutes-of-target = { $minutes } minuto (target na { $target } minuto)
review-history = Kasaysayan
review-received-revision = Natanggap ang rebisyon { $revision }
review-commented = Komento
review-no-moves = Walang desisyong puwede ngayon: hinihintay ang shopper.
review-comment = Komento para sa shopper o sa talaan
review-do-approved = Aprubahan
review-do-has-issues = Markahang may mga isyu
review-do-rejected = Tanggihan
review-do-returned = Ibalik sa shopper
review-compared = Rebisyon { $revision }; minarkahan ang nagbago mula sa rebisyon { $previous }.
review-was = Dati: { $answer }
visit-returned = Ibinalik ng superbisor: { $comment }
review-from = Mula
review-to = Hanggang
review-next = Susunod na pagsusuri
review-filters = Mga filter

## Centre performance
review-places = Pagsusuri
stats-title = Pagganap
stats-period = Panahon
stats-last-30 = Huling 30 araw
stats-last-90 = Huling 90 araw
stats-last-365 = Huling 12 buwan
stats-entity = Ahensya
stats-combined = Pinagsamang indeks
stats-customer = Indeks ng mamamayan
stats-audit = Indeks ng audit
stats-rating = Marka
stats-rank = Ranggo
stats-evaluations = Mga pagtatasa
stats-evaluation-count = Bilang ng pagtatasa: { $count }
stats-answer-count = Bilang ng sagot: { $count }
stats-stars = { $stars } sa { $max } bituin
stats-too-few = Masyadong kaunti para ma-rate
stats-no-rating = Wala pang rating
stats-league = Mga sentro
stats-no-centres = Walang sentrong maipapakita.
stats-back = Lahat ng sentro
stats-trend = Takbo
stats-trend-summary = Ang pinagsamang indeks at ang dalawang indeks sa panahong ito
stats-trend-table = Ipakita ang mga bilang sa talahanayan
stats-week = Linggo { $week }
stats-stages = Mga yugto ng paglalakbay ng kustomer
stats-no-evaluations = Walang pagtatasang bilang sa panahong ito.
stats-happiness = Kasiyahan ng mamamayan
stats-no-citizens = Walang rating ng mamamayan sa panahong ito.
stats-reasons = Mga dahilang ibinigay kapag hindi masaya
stats-strengths = Mga kalakasan
stats-weaknesses = Mga pagkakataong mapabuti
stats-too-few-items = Masyado pang kaunti ang sagot para masabi.
stats-employees = Mga kawani at window
stats-no-employees = Walang kawani o window na binanggit sa panahong ito.
stats-alerts = Mga alerto
stats-alert-text = { $unhappy } sa { $ratings } na rating ang hindi masaya sa loob ng { $minutes } minuto
stats-alert-cleared = normal na ngayon
stats-acknowledge = Nakita ko na
stats-exports = Mga export
stats-export-evaluations-csv = Mga pagtatasa (CSV)
stats-export-evaluations-xlsx = Mga pagtatasa (Excel)
stats-export-answers-csv = Mga sagot (CSV)
stats-export-rows = { $done } sa { $total } na hilera
stats-export-bytes = { $kb } KB ang natanggap
stats-export-saved = Nai-save: { $place }
stats-settings = Paano ibinibigay ang mga bituin
stats-settings-customer-weight = Bigat ng indeks ng mamamayan (%)
stats-settings-min-customer-count = Mga rating ng mamamayan na kailangan para sa bituin
stats-settings-min-audit-count = Mga aprubadong audit na kailangan para sa bituin
stats-settings-band = { $stars } bituin mula (%)
stats-settings-bands = Mga antas ng bituin
stats-settings-save = I-save
stats-settings-saved = Nai-save; gagamitin na ito ng lahat ng bilang.
stats-settings-not-number = Hindi numero: { $field }

## Proof of visit
review-filter-flag = Patunay ng pagbisita
proof-flag-outside-geofence = Nag-check in sa labas ng sentro
proof-flag-no-location = Walang lokasyon
proof-flag-duplicate-photos = Ginamit ang larawan sa ibang pagtatasa
proof-flag-clock-skew = Mali ang orasan ng device
proof-clock-offset = { $minutes } minuto ang agwat ng orasan ng device; naitama ang mga oras ng pagbisita.
check-in-accuracy = ± { $metres } m
location-denied = Naka-off ang lokasyon para sa app na ito: naitala ang check-in nang wala nito. Maaari mo itong payagan sa settings ng device.
location-timeout = Walang lokasyong dumating sa oras: naitala ang check-in nang wala nito.
location-unavailable = Walang naka-on na serbisyo ng lokasyon ang device na ito: naitala ang check-in nang wala nito.
photo-from-library = Pumili mula sa gallery
