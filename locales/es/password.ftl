# Choosing one's own password after an admin gave a temporary one.

password-temporary = Su cuenta tiene una contraseña temporal. Elija la suya para continuar.
password-new = Nueva contraseña
password-confirm = La nueva contraseña otra vez
password-rules = Al menos 12 caracteres; ni su nombre de usuario ni una contraseña común.
password-save = Guardar la contraseña
password-mismatch = Las dos contraseñas no coinciden.
password-current = Contraseña actual
password-change-title = Cambiar su contraseña
password-changed = Su contraseña ha cambiado.
password-rules-lead = Escriba su contraseña actual y luego la nueva dos veces.
