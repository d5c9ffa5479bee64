# Choosing one's own password after an admin gave a temporary one.

password-temporary = آپ کے اکاؤنٹ کا پاس ورڈ عارضی ہے۔ آگے بڑھنے کے لیے اپنا پاس ورڈ چنیں۔
password-new = نیا پاس ورڈ
password-confirm = نیا پاس ورڈ دوبارہ
password-rules = کم از کم 12 حروف؛ آپ کا صارف نام نہیں، عام پاس ورڈ نہیں۔
password-save = پاس ورڈ محفوظ کریں
password-mismatch = دونوں پاس ورڈ مختلف ہیں۔
password-current = موجودہ پاس ورڈ
password-change-title = اپنا پاس ورڈ بدلیں
password-changed = آپ کا پاس ورڈ بدل گیا۔
password-rules-lead = اپنا موجودہ پاس ورڈ لکھیں، پھر نیا دو بار۔
