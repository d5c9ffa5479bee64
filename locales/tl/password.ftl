# Choosing one's own password after an admin gave a temporary one.

password-temporary = May pansamantalang password ang iyong account. Pumili ng sarili mong password para magpatuloy.
password-new = Bagong password
password-confirm = Ang bagong password muli
password-rules = Hindi bababa sa 12 karakter; hindi ang iyong username, hindi karaniwang password.
password-save = I-save ang password
password-mismatch = Magkaiba ang dalawang password.
password-current = Kasalukuyang password
password-change-title = Palitan ang iyong password
password-changed = Napalitan na ang iyong password.
password-rules-lead = I-type ang kasalukuyang password, saka ang bago nang dalawang beses.
