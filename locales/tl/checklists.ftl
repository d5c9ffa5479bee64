# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = Paki-rate ang inyong pagbisita
citizen-stage-rating = Ang inyong pagbisita
citizen-face = Kumusta po ang inyong pagbisita ngayong araw?
citizen-reasons = Ano po ang maaari pang mapabuti?
citizen-reason-waiting-time = Tagal ng paghihintay
citizen-reason-employee-attitude = Pakikitungo ng empleyado
citizen-reason-process-clarity = Linaw ng proseso
citizen-reason-completion-time = Tagal bago natapos ang aking transaksyon
citizen-reason-fees = Mga bayarin
citizen-reason-payment-methods = Mga paraan ng pagbabayad
citizen-reason-location-parking = Lokasyon at paradahan
citizen-reason-reception = Pagtanggap sa bisita
citizen-reason-digital-channels = Website at app
citizen-reason-other = Iba pa
citizen-stage-journey = Ilan pang tanong (opsyonal)
citizen-found-easily = Madali po bang hanapin ang sentro?
citizen-wait-reasonable = Makatwiran po ba ang tagal ng inyong paghihintay?
citizen-staff-helpful = Matulungin at magalang po ba ang empleyado?
citizen-process-clear = Malinaw po ba sa inyo kung ano ang kailangan ninyong gawin?
citizen-one-visit = Natapos po ba ang inyong transaksyon sa isang pagbisita lang?
citizen-clean-comfortable = Malinis at komportable po ba ang sentro?
citizen-stage-about = Tungkol sa inyo
citizen-visit-phase = Nasaan po kayo ngayon?
citizen-phase-still-here = Nasa sentro pa ako
citizen-phase-left = Nakaalis na ako sa sentro

## Shopper customer journey

shopper-title = Pagsusuri ng buong karanasan ng kliyente
shopper-stage-before = Bago ang pagbisita
shopper-website-accurate = Tama at kumpleto ba ang impormasyon sa website o app?
shopper-website-accurate-help = Ihambing ang mga kinakailangang dokumento, bayarin at oras ng opisina na nakalathala online sa mga hiningi ng sentro.
shopper-call-centre-reachable = Nakontak ba ninyo ang call center at nakakuha ng malinaw na sagot?
shopper-stage-access = Pagpunta at paradahan
shopper-easy-to-find = Madali bang hanapin ang sentro?
shopper-signage = Malinaw ba ang mga karatula sa labas at loob?
shopper-parking = May paradahan ba sa malapit?
shopper-accessibility = Madali bang mapuntahan at magamit ng mga taong may kapansanan ang sentro?
shopper-accessibility-help = Mga rampa o elevator, paradahang nakalaan sa mga taong may kapansanan, malalapad na pinto at counter na naaabot ng lahat.
shopper-stage-reception = Pagtanggap at pila
shopper-greeted-guided = Binati at ginabayan ba kayo sa tamang serbisyo?
shopper-queue-ticket = Nakatanggap ba kayo ng numero sa pila?
shopper-priority-service = Binigyan ba ng prayoridad sa serbisyo ang mga nakatatanda, mga taong may kapansanan at mga buntis?
shopper-priority-service-help = Tingnan kung inuuna ang mga may prayoridad o kung may hiwalay silang counter.
shopper-stage-waiting = Paghihintay
shopper-waiting-time = Ilang minuto kayong naghintay bago kayo naasikaso?
shopper-waiting-time-help = Mula sa pagkuha ng numero hanggang sa tawagin ng empleyado ang inyong numero.
shopper-cleanliness = Malinis ba ang hintayan?
shopper-seating-comfort = Gaano kakomportable ang mga upuan?
shopper-information-screens = Ipinakita ba ng mga screen ang takbo ng pila at iba pang kapaki-pakinabang na impormasyon?
shopper-stage-service = Ang serbisyo
shopper-employee-greeting = Binati ba kayo ng empleyado?
shopper-name-badge = May suot bang ID na may pangalan ang empleyado?
shopper-professional-appearance = Mukha bang propesyonal ang empleyado?
shopper-knowledge = Gaano kahusay ang kaalaman ng empleyado sa serbisyo at ang pagpapaliwanag niya rito?
shopper-knowledge-help = 1: hindi nakasagot; 5: malinaw at tama ang sagot sa bawat tanong.
shopper-courtesy = Gaano kagalang ang empleyado?
shopper-completed-one-visit = Natapos ba ang serbisyo sa iisang pagbisitang ito?
shopper-service-time = Ilang minuto ang itinagal ng mismong serbisyo?
shopper-service-time-help = Mula sa pagdating sa counter hanggang sa matapos ang serbisyo.
shopper-fees-once = Isang beses lang ba binayaran ang mga bayarin, nang walang di-inaasahang singil?
shopper-payment-methods = Nakapagbayad ba kayo sa paraang gusto ninyo (card, cash, digital)?
shopper-digital-alternative = Nabanggit ba ng empleyado ang website o app para sa susunod na pagkakataon?
shopper-stage-exit = Pag-alis
shopper-thanked = Pinasalamatan ba kayo ng empleyado?
shopper-receipt = Nakatanggap ba kayo ng resibo o kumpirmasyon?
shopper-invited-to-rate = Hiniling ba sa inyong i-rate ang serbisyo?
shopper-complaints-channel = Nakikita ba ang paraan para magreklamo at magmungkahi?
shopper-stage-overall = Pangkalahatang impresyon
shopper-overall-face = Sa kabuuan, kumusta ang pagbisita?
