# Choosing one's own password after an admin gave a temporary one.

password-temporary = У вашей учётной записи временный пароль. Чтобы продолжить, задайте свой.
password-new = Новый пароль
password-confirm = Новый пароль ещё раз
password-rules = Не менее 12 символов; не имя пользователя и не распространённый пароль.
password-save = Сохранить пароль
password-mismatch = Пароли не совпадают.
password-current = Текущий пароль
password-change-title = Сменить пароль
password-changed = Пароль изменён.
password-rules-lead = Введите текущий пароль, затем новый дважды.
