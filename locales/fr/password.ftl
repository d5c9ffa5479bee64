# Choosing one's own password after an admin gave a temporary one.

password-temporary = Votre compte a un mot de passe temporaire. Choisissez le vôtre pour continuer.
password-new = Nouveau mot de passe
password-confirm = Le nouveau mot de passe, encore
password-rules = Au moins 12 caractères ; ni votre nom d’utilisateur, ni un mot de passe courant.
password-save = Enregistrer le mot de passe
password-mismatch = Les deux mots de passe diffèrent.
password-current = Mot de passe actuel
password-change-title = Changer votre mot de passe
password-changed = Votre mot de passe est changé.
password-rules-lead = Tapez votre mot de passe actuel, puis le nouveau deux fois.
