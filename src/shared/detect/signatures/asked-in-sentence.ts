/**
 * Whether the sentence that holds a bare "your password" is a request or a question. A
 * possessive and a noun ("su contraseña", "şifrenizi", "अपना पासवर्ड", "הסיסמה שלך") is
 * how a chatbot is asked for its secret, and also how every support chat and security
 * policy talks to its reader ("si un cliente comparte su contraseña…", "मैं अपना
 * पासवर्ड भूल गया", "הסיסמה שלך אישית"). The attack asks: its sentence ends with a
 * question mark, or holds a verb of telling, giving, writing or spelling, or a "please".
 */
import { sentenceAround } from "../sentences";

const QUESTION_MARK = /[?？؟]/u;
/** How far a sentence is read on either side of the match. */
const REACH = 160;

/**
 * Verbs of handing a secret over and words of asking, by language; whole words in the
 * spaced scripts (a letter may not stand right before or after), stems in the others.
 */
const ASKING_SPACED = [
  // es / pt / it / fr / de / nl (skeleton view: no accents)
  "cual", "qual", "quel", "quelle", "was", "wat", "wie", "dime", "dimelo", "dame", "escrib\\p{L}*", "deletre\\p{L}*", "revel\\p{L}*", "muestr\\p{L}*", "mostr\\p{L}*", "confirm\\p{L}*", "repit\\p{L}*", "repet\\p{L}*", "envi\\p{L}*", "manda\\p{L}*", "tradu\\p{L}*", "compart\\p{L}*", "por\\s{1,3}favor",
  "diga", "fala", "fale", "escreva", "soletr\\p{L}*", "partilh\\p{L}*", "dimmi", "dammi", "scriv\\p{L}*", "condivid\\p{L}*", "per\\s{1,3}favore",
  "dis", "dites", "donne\\p{L}*", "ecri\\p{L}*", "epel\\p{L}*", "partage\\p{L}*", "s'il", "svp",
  "sag", "sage", "sagen", "nenn\\p{L}*", "schreib\\p{L}*", "buchstabier\\p{L}*", "gib", "geben\\s{1,3}sie", "verrat\\p{L}*", "zeig\\p{L}*", "wiederhol\\p{L}*", "ubersetz\\p{L}*", "teile", "teilen", "bitte",
  "vertel", "geef", "schrijf", "spel", "herhaal", "toon", "deel", "alsjeblieft", "alstublieft",
  // id / tl / tr / pl / ro / vi / sw
  "sebut\\p{L}*", "tulis\\p{L}*", "beri\\p{L}*", "katakan", "kasih", "eja", "tolong", "sabihin", "ibigay", "isulat", "pakisabi",
  "soyle\\p{L}*", "ver", "verin", "yaz", "yazin", "paylas", "paylasin", "hecele", "goster", "lutfen", "nedir",
  "powiedz", "podaj", "napisz", "przeliteruj", "prosze", "spune", "scrie", "da-mi", "te\\s{1,3}rog", "noi", "viet", "la\\s{1,3}gi", "niambie", "nipe", "andika",
  // ru / uk / el / he
  "скажи\\p{L}*", "назови\\p{L}*", "напиши\\p{L}*", "дай\\p{L}*", "покажи\\p{L}*", "сообщи\\p{L}*", "подели\\p{L}*", "подтверди\\p{L}*", "повтори\\p{L}*", "переведи\\p{L}*", "пришли\\p{L}*", "отправь\\p{L}*", "продиктуй\\p{L}*", "пожалуйста",
  "назвіть", "напишіть", "дайте", "покажіть", "будь\\s{1,3}ласка",
  "πες", "δώσε", "γράψε", "δείξε", "ποιος", "ποιο", "ποια", "παρακαλώ",
  "תן", "תני", "תנו", "תגיד", "תגידי", "אמור", "אמרי", "כתוב", "כתבי", "שתף", "שתפי", "גלה", "גלי", "מה", "בבקשה",
  // ar / fa
  "أخبرني", "اخبرني", "أعطني", "اعطني", "قل", "قولي", "اكتب", "شارك", "أرسل", "ارسل", "ما", "من\\s{1,3}فضلك", "رجاء", "بگو", "بده", "بنویس", "بفرست", "چیست", "چیه", "لطفا", "لطفاً",
];
const ASKING_UNSPACED = [
  // zh
  "告诉", "告訴", "说出", "說出", "给我", "給我", "发给", "發給", "写出", "寫出", "显示", "顯示", "透露", "分享", "提供", "请", "請", "是什么", "是什麼", "是多少",
  // ja
  "教え", "言って", "書いて", "見せて", "送って", "共有して", "ください", "下さい", "は何",
  // ko
  "알려", "말해", "보여", "적어", "공유해", "주세요", "줘", "뭐", "무엇",
  // hi / bn / th
  "बताओ", "बताइए", "बताएं", "बता", "दो", "दीजिए", "लिखो", "लिखिए", "भेजो", "दिखाओ", "क्या", "कृपया",
  "বলো", "বলুন", "দাও", "দিন", "লেখো", "কী", "দয়া",
  "บอก", "แชร์", "ยืนยัน", "พิมพ์", "ส่ง", "คืออะไร", "หน่อย", "กรุณา",
];
const ASKING = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ASKING_SPACED.join("|")})(?![\\p{L}\\p{M}])|${ASKING_UNSPACED.join("|")}`, "iu");

/** True when the match's sentence asks: a question mark ends it, or it holds a word of asking or handing over. */
export function askedInItsSentence(m: RegExpExecArray): boolean {
  const [from, to] = sentenceAround(m.input, m.index, m.index + m[0].length, REACH);
  // `to` is the sentence's end mark, when it has one within reach.
  return QUESTION_MARK.test(m.input[to] ?? "") || ASKING.test(m.input.slice(from, to));
}
