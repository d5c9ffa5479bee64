# Choosing one's own password after an admin gave a temporary one.

password-temporary = आपके खाते का पासवर्ड अस्थायी है। आगे बढ़ने के लिए अपना पासवर्ड चुनें।
password-new = नया पासवर्ड
password-confirm = नया पासवर्ड दोबारा
password-rules = कम से कम 12 अक्षर; आपका उपयोगकर्ता नाम नहीं, कोई आम पासवर्ड नहीं।
password-save = पासवर्ड सहेजें
password-mismatch = दोनों पासवर्ड अलग हैं।
password-current = मौजूदा पासवर्ड
password-change-title = अपना पासवर्ड बदलें
password-changed = आपका पासवर्ड बदल गया।
password-rules-lead = अपना मौजूदा पासवर्ड लिखें, फिर नया दो बार।
