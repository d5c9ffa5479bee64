# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = Kamakailan lang binisita ng mamimiling ito ang sentrong ito, o nakatakda siyang pumunta roon sa lalong madaling panahon: hindi pinapayagan ng panahon ng pagbabawal ng wave ang isa pang pagbisita nang ganito kalapit.
error-daily-cap = Mayroon na ang mamimiling ito ng pinakamaraming pagbisita sa araw na iyon na pinapayagan ng wave.
error-wave-cap = Mayroon na ang mamimiling ito ng pinakamaraming pagbisita sa wave na ito na pinapayagan para sa isang mamimili.
error-held-cap = Hawak na ng mamimiling ito ang pinakamaraming pagbisitang hindi pa naipapadala. Ipadala o bitawan muna ang isa.
error-spacing = May pagbisita ang mamimiling ito sa ibang sentro ng parehong ahensya na masyadong malapit sa araw na iyon.
error-grade = Mas mababa ang marka ng mamimiling ito sa pinakamababang hinihingi ng wave.
error-shopper-inactive = Hindi aktibo ang account ng mamimiling ito.
error-reason-required = Sabihin ang dahilan.
error-illegal-assignment-move = Hindi ito puwede mula sa kasalukuyang katayuan ng pagbisita.
error-illegal-wave-move = Hindi ito puwede mula sa kasalukuyang katayuan ng wave.
error-wave-not-published = Hindi pa nailalathala ang wave, kaya hindi pa makukuha ang mga pagbisita nito.
error-invalid-wave = May kulang o hindi pinapayagang field ng wave. Tingnan ang ipinapakitang field.
error-invalid-grade = Ang marka ay buong numero mula 1 hanggang 10.
error-not-approved = Ang naaprubahang pagsusuri lang ang puwedeng bigyan ng marka.
error-unknown-shopper = Walang aktibong shopper na may ganoong username.
