# Choosing one's own password after an admin gave a temporary one.

password-temporary = لحسابك كلمة مرور مؤقتة. اختر كلمة مرور خاصة بك للمتابعة.
password-new = كلمة المرور الجديدة
password-confirm = كلمة المرور الجديدة مرة أخرى
password-rules = 12 حرفاً على الأقل، ليست اسم المستخدم ولا كلمة مرور شائعة.
password-save = حفظ كلمة المرور
password-mismatch = كلمتا المرور مختلفتان.
password-current = كلمة المرور الحالية
password-change-title = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور.
password-rules-lead = اكتب كلمة المرور الحالية، ثم الجديدة مرتين.
