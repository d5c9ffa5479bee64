# Pangangasiwa: mga talaan ng pagsusuri at katalogo sa mga workbook (para sa mga tagapangasiwa lamang).
admin-title = Pangangasiwa
admin-places = Mga pahina ng pangangasiwa
admin-checklists = Mga talaan ng pagsusuri
admin-catalogue = Katalogo
admin-only = Tagapangasiwa lamang ang makabubukas ng pahinang ito.
admin-sign-in = Mag-sign in bilang tagapangasiwa
admin-file-unreadable = Hindi mabasa ang file: { $reason }
admin-reading = Binabasa ang file…
admin-drop-here = o ihulog ang file dito
admin-choose-workbook = Pumili ng workbook (.xlsx)
admin-picked-file = Ang file: { $name }
admin-checking = Sinusuri ang workbook…
admin-checklists-intro = Isulat ang talaan ng pagsusuri sa isang workbook (mga sheet na survey, choices at settings), i-upload ito para masuri, tingnan ito sa alinmang wika, saka ilathala. Matatanggap ito ng mga device sa susunod nilang pag-sync.
admin-upload-checklist = Mag-upload ng talaan ng pagsusuri
admin-read-checklist = “{ $title }” ({ $id }, bersiyon { $version })
admin-ready-to-publish = Nabasa nang walang mali: { $what }. Wala pang nailalathala.
admin-published = Nailathala: { $what }. Matatanggap ito ng mga device sa susunod nilang pag-sync.
admin-not-publishable = { $count ->
    [one] May isang mali ang workbook; walang mailalathala hangga't hindi ito naitatama.
   *[other] May { $count } mali ang workbook; walang mailalathala hangga't hindi naitatama ang mga ito.
}
admin-publish = Ilathala
admin-publishing = Inilalathala…
admin-problems = Mga problemang nakita
admin-problem-counts = { $errors ->
    [one] Isang mali
   *[other] { $errorsShown } mali
}, { $warnings ->
    [one] isang babala
   *[other] { $warningsShown } babala
}
admin-severity-error = Mali
admin-severity-warning = Babala
admin-col-severity = Kabigatan
admin-col-sheet = Pahina ng workbook
admin-col-row = Hanay
admin-col-column = Kolum
admin-col-cell = Ang cell gaya ng pagkakasulat
admin-col-problem = Ano ang mali
authoring-problem-missing-sheet = Wala ang isang sheet na kailangan ng workbook.
authoring-problem-missing-column = Wala sa header ng sheet na ito ang isang kolum na kailangan nito.
authoring-problem-missing-name = Kailangan ng pangalan ang hanay na ito.
authoring-problem-duplicate-name = Dalawang beses ginamit ang pangalang ito; dapat itong natatangi.
authoring-problem-invalid-name = Mga titik, numero, gitling at underscore lamang ang maaari sa pangalan.
authoring-problem-unknown-type = Hindi kilala ng ayos ng workbook ang uring ito.
authoring-problem-unknown-language = Wikang hindi sinusuportahan ng app ang tinutukoy nito.
authoring-problem-missing-label = Wala ang teksto sa default na wika.
authoring-problem-expression-syntax = Hindi mabasa ang kondisyong ito.
authoring-problem-unknown-item = Tumutukoy ang kondisyong ito sa tanong na wala sa talaan.
authoring-problem-later-item = Tumutukoy ang kondisyong ito sa tanong mismo o sa isang kasunod nito.
authoring-problem-value-does-not-fit = Inihahambing ng kondisyong ito ang tanong sa halagang hindi maaaring maging sagot nito.
authoring-problem-invalid-number = Dapat may numero sa cell na ito.
authoring-problem-negative-weight = Hindi maaaring mas mababa sa sero ang bigat.
authoring-problem-stage-weight-zero = Binibilang ang yugtong ito, pero sero ang bigat ng lahat ng may-markang tanong nito.
authoring-problem-missing-choice-list = Walang listahan na ganito ang pangalan sa sheet ng mga pagpipilian.
authoring-problem-unused-choice-list = Walang tanong na gumagamit ng listahang ito ng mga pagpipilian.
authoring-problem-score-out-of-range = Dapat nasa pagitan ng 0 at 1 ang marka ng pagpipilian.
authoring-problem-unmatched-begin-group = Hindi kailanman isinara ang pangkat na ito, o nasa loob ito ng ibang pangkat.
authoring-problem-unmatched-end-group = Walang bukas na pangkat para sa pagtatapos na ito.
authoring-problem-item-outside-stage = Nasa labas ng bawat pangkat ang tanong na ito; bawat tanong ay kabilang sa isang yugto.
authoring-problem-no-stages = Walang kahit isang yugto ang talaan.
authoring-problem-invalid-version = Dapat buong bilang na higit sa sero ang bersiyon.
authoring-problem-version-not-above = Dapat mas mataas ang bersiyon kaysa sa nailathala na.
authoring-problem-unknown-role = Dapat shopper o citizen ang papel.
authoring-problem-invalid-flag = Dapat oo o hindi ang nasa cell na ito.
authoring-problem-invalid-evidence = Ang bagsak na sagot ay dapat may larawan, komento, pareho, o wala.
authoring-problem-missing-target = Kailangan ng tagal ng target na oras na higit sa sero.
authoring-problem-misplaced-setting = Hindi angkop ang setting na ito sa ganitong uri ng tanong.
authoring-problem-invalid-checklist = Lumalabag ang nabasang talaan sa isa sa mga patakaran ng pagmamarka.
authoring-problem-unknown-reference = Tumutukoy ang hanay na ito sa ahensiya o serbisyong wala sa katalogo.
authoring-problem-out-of-range = Lampas ang latitude, longitude o radius na ito sa maaaring taglayin ng isang lugar sa Daigdig.
authoring-problem-missing-translation = Walang teksto sa wikang ito ang ilang hanay; ang default na wika ang ipinapakita roon.
authoring-problem-typographic-quotes = Binasa bilang karaniwang panipi ang mga kulot na panipi sa kondisyon.
authoring-problem-header-spaces = May espasyo bago o pagkatapos ng header na ito.
authoring-problem-left-to-right-text = Nagsisimula sa tekstong kaliwa-pakanan ang cell na ito na kanan-pakaliwa.
admin-preview = Silip
admin-preview-language = Wika ng silip
admin-preview-note = Gaya ng makikita ng { $audience }. Hindi iniingatan ang mga sagot dito.
admin-audience-shopper = lihim na mamimili
admin-audience-citizen = bisita
admin-published-checklists = Mga nailathalang talaan ng pagsusuri
admin-col-version = Bersiyon
admin-col-published-at = Petsa ng paglalathala
admin-col-published-by = Naglathala
admin-col-workbook = Ang workbook
admin-published-by-server = ang server (kasama na)
admin-download-version = I-download ang bersiyon { $version }
admin-saved = Naitabi: { $place }
admin-compare-from = Mula sa bersiyon
admin-compare-to = Hanggang sa bersiyon
admin-compare = Ipakita ang mga pagbabago
admin-diff-heading = Mula sa bersiyon { $from } hanggang sa bersiyon { $to }
admin-diff-none = Walang nagbago sa pagitan ng mga bersiyong ito.
admin-diff-title = Pamagat
admin-diff-stages-added = Mga idinagdag na yugto
admin-diff-stages-removed = Mga inalis na yugto
admin-diff-stages-changed = Mga binagong yugto
admin-diff-items-added = Mga idinagdag na tanong
admin-diff-items-removed = Mga inalis na tanong
admin-diff-items-changed = Mga binagong tanong
admin-change-none = (wala)
admin-change-always = laging ipinapakita
admin-yes = Oo
admin-no = Hindi
admin-change-label = Label sa { $language }: “{ $from }” → “{ $to }”
admin-change-hint = Pahiwatig sa { $language }: “{ $from }” → “{ $to }”
admin-change-weight = Bigat: { $from } → { $to }
admin-change-logic = Kailan ipinapakita: { $from } → { $to }
admin-change-kind = Uri ng sagot: { $from } → { $to }
admin-change-required = Kailangan: { $from } → { $to }
admin-change-evidence = Ang dapat dala ng bagsak na sagot: { $from } → { $to }
admin-change-stage = Inilipat mula sa yugtong { $from } patungo sa yugtong { $to }
admin-catalogue-intro = I-download ang katalogo bilang workbook (mga sheet na entities, services at centres), baguhin ito, i-upload para masuri, saka ilapat. Idinaragdag o ina-update ang mga hanay ayon sa kanilang id at hindi kailanman binubura; ang sentrong ginawang hindi aktibo ay aalis sa mga bagong pagbisita.
admin-catalogue-current = Ang katalogo ngayon
admin-download-catalogue = I-download ang katalogo (.xlsx)
admin-upload-catalogue = Mag-upload ng katalogo
admin-catalogue-ready = Nabasa nang walang mali: { $entities } ahensiya, { $services } serbisyo, { $centres } sentro. Wala pang binago.
admin-catalogue-applied = Nailapat: { $entities } ahensiya, { $services } serbisyo at { $centres } sentro ang naidagdag o na-update.
admin-not-applicable = { $count ->
    [one] May isang mali ang workbook; walang mailalapat hangga't hindi ito naitatama.
   *[other] May { $count } mali ang workbook; walang mailalapat hangga't hindi naitatama ang mga ito.
}
admin-apply = Ilapat
admin-applying = Inilalapat…
admin-catalogue-rows = Mga nabasang hanay
admin-entities = Mga ahensiya
admin-services = Mga serbisyo
admin-centres = Mga sentro
admin-col-id = Pagkakakilanlan
admin-col-name = Pangalan
admin-col-entity = Ahensiya
admin-col-coordinates = Latitude at longitude
admin-col-geofence = Hangganang heograpiko
admin-col-active = Aktibo
admin-metres = { $metres } metro
