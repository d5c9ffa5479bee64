# Choosing one's own password after an admin gave a temporary one.

password-temporary = Your account has a temporary password. Choose your own to go on.
password-new = New password
password-confirm = The new password again
password-rules = At least 12 characters; not your username, not a common password.
password-save = Save the password
password-mismatch = The two passwords differ.
password-current = Current password
password-change-title = Change your password
password-changed = Your password is changed.
password-rules-lead = Type your current password, then the new one twice.
