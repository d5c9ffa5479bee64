# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = नियोजित दौरे
planned-link-sub = आपको सौंपे गए दौरे, और खुले दौरे जिन्हें आप ले सकते हैं
planned-title = नियोजित दौरे
planned-sign-in-first = अपने लिए नियोजित दौरे देखने के लिए साइन इन करें।
planned-mine = आपको सौंपे गए
planned-mine-none = इस समय आपको कोई दौरा नहीं सौंपा गया है।
planned-available = उपलब्ध दौरे
planned-available-none = इस समय लेने के लिए कोई खुला दौरा नहीं है।
planned-updated = पिछली बार अपडेट: { $time }
planned-never-updated = सूची अभी डाउनलोड नहीं हुई है। अपने नियोजित दौरे देखने के लिए इंटरनेट से जुड़ें।
planned-updating = अपडेट हो रही है…
planned-offline = आप ऑफ़लाइन हैं। यह सूची वैसी है जैसी पिछली बार डाउनलोड हुई थी।
planned-sign-in-again = आपका सत्र समाप्त हो गया है। सूची अपडेट करने के लिए फिर से साइन इन करें।
planned-not-updated = सूची अपडेट नहीं हो सकी: { $reason }
planned-refresh = सूची अपडेट करें
planned-wave = वेव
planned-service = सेवा
planned-window = दौरे की अवधि
planned-due = अंतिम तिथि
planned-days = दिन
planned-hours = समय
planned-scenario = आपको क्या करना है
planned-range = { $from } – { $to }
planned-due-today = आज अंतिम तिथि है
planned-days-left = { $count ->
    [one] { $count } दिन बाकी
   *[other] { $count } दिन बाकी
}
planned-overdue = { $count ->
    [one] { $count } दिन की देरी
   *[other] { $count } दिन की देरी
}
planned-opens-on = आप यह दौरा { $date } से शुरू कर सकते हैं।
planned-status = { $status ->
    [open] खुला
    [assigned] आपको सौंपा गया
    [in_progress] जारी
    [submitted] जमा किया गया
    [approved] स्वीकृत
    [returned] आपको लौटाया गया
    [expired] समय समाप्त
   *[cancelled] रद्द
}
planned-start = दौरा शुरू करें
planned-resume = दौरा जारी रखें
planned-claim = यह दौरा लें
planned-release = वापस करें
planned-release-confirm = यह दौरा वापस करें? फिर कोई दूसरा शॉपर इसे ले सकता है।
planned-release-yes = हाँ, वापस करें
planned-needs-connection = दौरा लेने या वापस करने के लिए इंटरनेट से जुड़ें।
planned-checklist-missing = इस दौरे की चेकलिस्ट अभी इस डिवाइस पर नहीं है। इंटरनेट से जुड़ें और फिर से कोशिश करें।
planned-action-failed = नहीं हो सका: { $reason }
planned-local-draft = इस डिवाइस पर शुरू किया गया
planned-local-waiting = पूरा हुआ, अपलोड की प्रतीक्षा में
planned-local-sent = पूरा हुआ और अपलोड हो गया
planned-not-linked = आपका मूल्यांकन सहेज लिया गया, लेकिन उसे उसके नियोजित दौरे में नहीं गिना गया: { $reason }
planned-not-linked-plain = आपका मूल्यांकन सहेज लिया गया, लेकिन उसे उसके नियोजित दौरे में नहीं गिना गया।
planned-refused-lockout = इस केंद्र का आपका दूसरा दौरा इस दौरे के बहुत पास है।
planned-refused-lockout-until = इस केंद्र का आपका दूसरा दौरा इस दौरे के बहुत पास है। आप { $date } से वहाँ का दौरा ले सकते हैं।
planned-refused-daily-cap = उस दिन आपके पास पहले से ही अनुमति जितने दौरे हैं।
planned-refused-wave-cap = आपके पास पहले से ही इस वेव के उतने दौरे हैं जितने एक शॉपर को मिल सकते हैं।
planned-refused-held-cap = आपके पास पहले से ही अनुमति जितने ऐसे दौरे हैं जो अभी पूरे नहीं हुए। पहले एक पूरा करें या वापस करें।
planned-refused-spacing = उसी संस्था के किसी दूसरे केंद्र का आपका दौरा उस दिन के बहुत पास है।
planned-refused-spacing-until = उसी संस्था के किसी दूसरे केंद्र का आपका दौरा उस दिन के बहुत पास है। आप यह दौरा { $date } से ले सकते हैं।
planned-refused-grade = आपका ग्रेड इस वेव द्वारा माँगे गए न्यूनतम से कम है।
planned-date = { $day } { $month ->
    [1] जनवरी
    [2] फ़रवरी
    [3] मार्च
    [4] अप्रैल
    [5] मई
    [6] जून
    [7] जुलाई
    [8] अगस्त
    [9] सितंबर
    [10] अक्तूबर
    [11] नवंबर
   *[12] दिसंबर
} { $year }
planned-weekday = { $day ->
    [mon] सोम
    [tue] मंगल
    [wed] बुध
    [thu] गुरु
    [fri] शुक्र
    [sat] शनि
   *[sun] रवि
}
