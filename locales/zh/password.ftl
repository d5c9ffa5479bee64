# Choosing one's own password after an admin gave a temporary one.

password-temporary = 您的账户使用的是临时密码。请设置您自己的密码后继续。
password-new = 新密码
password-confirm = 再次输入新密码
password-rules = 至少 12 个字符；不能是用户名，也不能是常见密码。
password-save = 保存密码
password-mismatch = 两次输入的密码不一致。
password-current = 当前密码
password-change-title = 修改密码
password-changed = 密码已修改。
password-rules-lead = 请输入当前密码，然后输入两次新密码。
