# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = اس شاپر نے حال ہی میں اس مرکز کا دورہ کیا ہے، یا جلد وہاں جانا ہے: ویو کی پابندی کی مدت اتنے قریب دوسرے دورے کی اجازت نہیں دیتی۔
error-daily-cap = اس شاپر کے اس دن پہلے ہی اتنے دورے ہیں جتنے ویو اجازت دیتی ہے۔
error-wave-cap = اس شاپر کے پاس پہلے ہی اس ویو کے اتنے دورے ہیں جتنے ایک شاپر کو دیے جا سکتے ہیں۔
error-held-cap = اس شاپر کے پاس پہلے ہی اجازت کے مطابق زیادہ سے زیادہ ایسے دورے ہیں جو ابھی جمع نہیں ہوئے۔ پہلے کوئی ایک جمع کریں یا چھوڑ دیں۔
error-spacing = اس شاپر کا اسی ادارے کے کسی دوسرے مرکز کا دورہ اس دن کے بہت قریب ہے۔
error-grade = اس شاپر کا درجہ ویو کی مطلوبہ کم از کم حد سے کم ہے۔
error-shopper-inactive = اس شاپر کا اکاؤنٹ فعال نہیں ہے۔
error-reason-required = وجہ لکھیں۔
error-illegal-assignment-move = دورے کی موجودہ حیثیت سے یہ ممکن نہیں۔
error-illegal-wave-move = ویو کی موجودہ حیثیت سے یہ ممکن نہیں۔
error-wave-not-published = ویو شائع نہیں ہوئی، اس لیے اس کے دورے نہیں لیے جا سکتے۔
error-invalid-wave = ویو کا کوئی خانہ خالی ہے یا اس کی اجازت نہیں۔ دکھایا گیا خانہ دیکھیں۔
error-invalid-grade = درجہ 1 سے 10 تک کا کوئی پورا عدد ہوتا ہے۔
error-not-approved = صرف منظور شدہ جائزے کو درجہ دیا جا سکتا ہے۔
error-unknown-shopper = اس صارف نام کا کوئی فعال خریدار نہیں ہے۔
