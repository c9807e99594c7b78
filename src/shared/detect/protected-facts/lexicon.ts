/**
 * Words for what a system prompt protects, in the languages the product's users write
 * in. Translated attacks ask for "la contraseña" or "पासवर्ड" as often as for "the
 * password", so the request side must know the noun in every language the declaration
 * side can be written in. Folded (NFKC, lowercase) forms; Latin-script entries match at
 * word starts, the others (no spaces between words in CJK and Thai) as substrings.
 */

/** A secret credential: password, passphrase, secret key or code. */
export const CREDENTIAL_WORDS: readonly string[] = [
  // English, and the loanword used as is in Italian, Tagalog, Indonesian and others
  "password", "passcode", "passphrase", "pass phrase", "passwort", "secret key", "secret word", "secret code", "access code", "pin code",
  // Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish
  "contraseña", "clave secreta", "senha", "palavra-passe", "mot de passe", "code secret", "clé secrète", "kennwort", "geheimwort",
  "geheimer schlüssel", "geheimen schlüssel", "parola d'ordine", "parola segreta", "chiave segreta", "wachtwoord", "hasło", "şifre",
  "gizli anahtar",
  // Indonesian, Malay, Tagalog, Vietnamese
  "kata sandi", "kata laluan", "kunci rahasia", "lihim na susi", "mật khẩu", "khóa bí mật",
  // Cyrillic, Greek
  "пароль", "секретный ключ", "кодовое слово", "κωδικός", "συνθηματικό",
  // Arabic, Hebrew, Persian
  "كلمة المرور", "كلمة السر", "المفتاح السري", "مفتاحك السري", "סיסמה", "رمز عبور",
  // Hindi, Bengali
  "पासवर्ड", "पासकोड", "कूटशब्द", "गुप्त कुंजी", "পাসওয়ার্ড", "গোপন কী",
  // Chinese, Japanese, Korean, Thai
  "密码", "密碼", "口令", "密钥", "パスワード", "暗証番号", "合言葉", "秘密鍵", "비밀번호", "패스워드", "암호", "비밀 키", "รหัสผ่าน", "คีย์ลับ",
];

/** Attributes of a person's profile that a system prompt may hold and forbid sharing. */
export const PERSONAL_ATTRIBUTE_WORDS: readonly string[] = [
  // English
  "email", "e-mail", "address", "lives", "live", "living", "resides", "residence", "hometown", "born", "birth", "birthday",
  "initials", "favorite color", "favourite colour", "phone number", "city",
  // Spanish, Portuguese, French, German, Italian
  "correo", "dirección", "vive", "reside", "nació", "nacimiento", "cumpleaños", "iniciales", "endereço", "mora", "nasceu", "nascimento",
  "iniciais", "courriel", "adresse", "habite", "naissance", "né le", "née le", "initiales", "wohn", "geboren", "geburt",
  "initialen", "indirizzo", "abita", "nato", "nata", "nascita", "iniziali", "ciudad", "ville", "stadt", "città", "cidade",
  // Turkish, Indonesian, Tagalog, Vietnamese
  "e-posta", "adres", "yaşıyor", "doğum", "baş harf", "alamat", "tinggal", "lahir", "inisial", "tirahan", "nakatira", "kapanganakan",
  "ipinanganak", "inisyal", "địa chỉ", "sống", "ngày sinh", "năm sinh", "chữ cái đầu", "şehir", "kota", "lungsod", "thành phố",
  // Cyrillic, Greek
  "почт", "адрес", "живет", "живёт", "проживает", "родил", "рождени", "инициал", "город", "διεύθυνση", "γεννήθηκε", "ζει", "πόλη",
  // Arabic, Hindi, Bengali
  "البريد", "عنوان", "يعيش", "تعيش", "ولد", "ميلاد", "الأحرف الأولى", "ईमेल", "पता", "पते", "रहत", "जन्म", "आद्याक्षर", "शुरुआती", "निवास", "शहर", "مدينة",
  "ইমেল", "ঠিকানা", "জন্ম", "শহর",
  // Chinese, Japanese, Korean, Thai
  "邮箱", "电子邮件", "地址", "住在", "出生", "生日", "メール", "住所", "住ん", "生まれ", "誕生", "イニシャル", "이메일", "주소", "살고",
  "태어", "생일", "출생", "이니셜", "도시", "城市", "都市", "อีเมล", "ที่อยู่", "เกิด", "เมือง",
];

/** The owner of the profile, as a prompt refers to them: "the user", "l'utilisateur", "उपयोगकर्ता". */
export const PROFILE_OWNER_WORDS: readonly string[] = [
  "user", "usuario", "usuário", "utilisateur", "benutzer", "nutzer", "utente", "kullanıcı", "pengguna", "gumagamit", "người dùng",
  "пользовател", "χρήστη", "المستخدم", "उपयोगकर्ता", "ব্যবহারকারী", "用户", "ユーザー", "사용자", "ผู้ใช้",
];

/** Words that say when someone was born: a year next to one of them is a birth date. */
export const BIRTH_WORDS: readonly string[] = [
  "born", "birth", "nació", "nacimiento", "né", "née", "naissance", "geboren", "geburt", "nato", "nata", "nascita", "nasceu",
  "nascimento", "doğ", "lahir", "ipinanganak", "kapanganakan", "sinh", "родил", "рожден", "γεννήθηκε", "ولد", "ميلاد", "जन्म", "জন্ম",
  "出生", "生まれ", "태어", "출생", "เกิด",
];

/**
 * Words that introduce the profile owner's name ("the user's name is", "उपयोगकर्ता का
 * नाम", "사용자의 이름은"). In scripts without capitals this is the only way to tell a
 * name from any other word of the prompt.
 */
export const NAME_WORDS: readonly string[] = [
  "name is", "named", "called", "nombre es", "se llama", "nome é", "chama-se", "nom est", "s'appelle", "name ist", "heißt", "nome è",
  "si chiama", "adı", "nama", "pangalan", "tên", "зовут", "имя", "όνομα", "ονομάζεται", "اسم", "نام", "שם", "नाम", "নাম", "名字", "名叫",
  "名前", "이름", "ชื่อ",
];
