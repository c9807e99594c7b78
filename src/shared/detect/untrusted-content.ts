/**
 * Where untrusted content starts in a message. Tool results are untrusted as a whole;
 * in a user message, a document the user pasted (an email, a web page, a code answer)
 * is untrusted from the line that introduces it. Instructions addressed to the model
 * inside such content are indirect prompt injection.
 */
import type { Role } from "../schemas/inspect";
import { type TextView, toRawRange } from "./view-builder";

/** An e-mail's subject and sender headers in the other languages the engine reads (folded: lowercase, accents kept). */
const SUBJECT_INTL = "asunto|betreff|objet|oggetto|assunto|onderwerp|temat|předmět|predmet|aihe|ämne|emne|тема|konu|θέμα|主题|主題|件名|제목|موضوع|נושא|विषय";
const SENDER_INTL = "from|de|von|da|van|od|от|від|από|lähettäjä|från|fra|kimden|gönderen|feladó|発信者|差出人|发件人|寄件人|보낸\\s?사람|من|מאת|प्रेषक";

// "Here is the content of the email:", "Below is the document:", "Context:" or a
// <document> tag: the usual ways an application quotes third-party text. A bare code
// fence is not one: users paste their own code all the time.
const DOCUMENT_INTRO = new RegExp(
  [
    String.raw`\b(?:here\s+is|here's|below\s+is|following\s+is|this\s+is|attached\s+is)\s+(?:the\s+|my\s+|an?\s+|some\s+)?(?:(?:content|contents|text|body|output|result)s?\s+of\s+(?:the\s+|an?\s+|my\s+)?)?(?:[a-z]{3,16}\s+)?(?:email|e-mail|document|form|table|file|page|webpage|web\s+page|article|code|answer|search\s+results?|context|transcript|review|post|message|report|data|resume|résumé|cv|diff|log|logs|thread|invite|ticket|minutes|notes|spreadsheet|csv)\b[^\n]{0,40}:`,
    // "Answer my question using this article:", "based on the following passage:".
    String.raw`\b(?:using|based\s+on|from|according\s+to|given)\s+(?:this|these|the\s+following|the\s+below|the\s+attached)\s+(?:[a-z]{3,16}\s+)?(?:email|document|article|page|text|context|review|post|passage|excerpt|data|table|report|transcript|search\s+results?)\b[^\n]{0,40}:`,
    // "Tool output from our CRM:", "Tool result (weather.get_forecast):", "API response:": what a tool
    // returned, pasted with its source named.
    String.raw`(?:^|\n)\s*(?:document|context|email|article|webpage|web\s+page|search\s+results?|(?:tool|function|api)\s+(?:output|result|response)(?:\s+from\s+[^\n:]{1,40})?|retrieved\s+content)(?:\s{0,2}\([^()\n]{1,60}\))?\s*:`,
    // What retrieval and search hand an agent: "Retrieved chunk (wiki/…, score 0.82)", "Search results for "…"".
    String.raw`(?:^|\n)\s*(?:retrieved|rag)\s+(?:chunk|passage|document|snippet|context)s?\b|(?:^|\n)\s*search\s+results\s+for\b`,
    // A tool's own description as an MCP server lists it: "Tool: notes.create\nDescription: …".
    String.raw`(?:^|\n)\s*tool\s*:\s*[\w.-]{1,60}\s*\n\s*description\s*:`,
    String.raw`<(?:document|doc|context|email|article|webpage|search_results?|tool_(?:output|result|response)|function_(?:result|response)|observation)\b`,
    // A task verb over "this"/"the following" that ends its line: the text to work on follows.
    String.raw`\b(?:summari[sz]e|translate|analy[sz]e|proofread|classify|categori[sz]e|reply\s+to|respond\s+to|answer\s+questions\s+about|extract\s+\w+(?:\s+\w+)?\s+from)\s+(?:this|these|the\s+following|the\s+below|the\s+attached)\b[^\n]{0,60}\n`,
    // In any language: a request line ending in a colon right before a long quote or a markup
    // tag ("по этому резюме: '…", "このウェブページを要約: '<html>…"): what follows is quoted material.
    // A short quoted sentence ("Translate into Spanish: 'Forget the old process.'") is the user's own text.
    // Quoted documents quote names inside them ("its capital is 'Northport'"), so the length runs to
    // the line's end; in scripts without spaces a sentence is about a third as long in characters
    // (letters counted; up to four other characters between two, as in "。【AI").
    // A colon right after a quote is a JSON or YAML key, not a request line.
    String.raw`(?<!["'”’」』])[:：]\s{0,3}(?:['"“«「『](?:[^\n]{120}|(?:[^\n\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{0,4}[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]){40})|<[^\s<>]{1,16}>)`,
    // A pasted e-mail: a Subject: header, or a calendar invite. In other languages the word is also
    // "topic" ("Тема: …\nНапиши сочинение"), so a sender's line must stand next to it.
    String.raw`(?:^|\n)\s*subject\s*:[^\n]*\n`,
    String.raw`(?:^|\n)\s*(?:${SENDER_INTL})\s*[:：][^\n]*\n(?:[^\n]*\n)?\s*(?:${SUBJECT_INTL})\s*[:：][^\n]*\n`,
    String.raw`(?:^|\n)\s*(?:${SUBJECT_INTL})\s*[:：][^\n]*\n(?:[^\n]*\n)?\s*(?:${SENDER_INTL})\s*[:：]`,
    String.raw`begin:vevent`,
    String.raw`(?:^|\n)\s*(?:calendar|meeting)\s+(?:invite|invitation)\b[^\n]{0,80}\n`,
    // A tool's output labelled in another language: "Resultado da ferramenta sync:", "Risultato dello strumento fetch_page (…):".
    String.raw`(?:^|\n)\s*(?:resultado|risultato|r[ée]sultat|ergebnis|salida|sortie|ausgabe|wynik|uitvoer)\s+(?:de\s+l'|(?:da|de|del|dello|della|des|du|von|der|van\s+de)\s+)?(?:ferramenta|herramienta|strumento|outil|werkzeugs?|tools?|narz[eę]dzia)\b[^\n:]{0,60}:`,
  ].join("|"),
);

/**
 * A first line that points at something and asks about it, then the thing itself: "What
 * does this log say?\n…", "Please review this pull request diff:\n…". Anchored at the
 * start of the text, so it costs one attempt; the capture is the text before the pointer,
 * where the document does not yet begin.
 */
/** Documents a first line points at before asking about them. */
const POINTED_DOCUMENT =
  "(?:search\\s+results|results|emails?|documents?|web\\s?pages?|pages?|articles?|transcripts?|logs?|diff|thread|reviews?|resume|cv|table|spreadsheet|csv|" +
  "invites?|invitation|ticket|readme|report|subtitles?|captions|snippet|excerpt|pdf|attachment|feed|comments|records|notes)";

/**
 * Blocks people paste after a request line and a blank line: code, chat exports, agent
 * traces, minutes, forms and receipts, listings, API responses. Singular or plural.
 */
const PASTED_BLOCK =
  "(?:(?:file|code|module|function|pr|pull\\s+request|channel|chat|trace|config|output|stack\\s?trace|issue|commit|docstring|policy|policie|manual|contract|letter|message|invitation|event|session|conversation|flyer|newsletter|notice|memo|description|listing|post|agenda|cover\\s+letter|invoice|questionnaire|form|survey|receipt|submission|paper|abstract|response|payload|json|package|manifest|clause|entr(?:y|ie)|note|record|log)s?|minutes)";

/** "Reviews pasted below.": the first line says the rest of the message is pasted in. */
const PASTED_BELOW = String.raw`\b(?:pasted|copied|quoted|included|listed)\s+(?:below|here)\b|\bbelow\s*:`;

/** The same documents named in the other languages the engine reads (folded: lowercase, accents kept). */
const POINTED_DOCUMENT_INTL = [
  "correo", "mensaje", "documento", "texto", "artículo", "página", "reseña", "nachricht", "e-mail", "dokument", "artikel", "webseite", "bewertung",
  "courriel", "message", "texte", "article", "avis", "messaggio", "testo", "articolo", "recensione", "mensagem", "artigo", "avaliação", "bericht",
  "wiadomość", "artykuł", "e-posta", "metin", "makale", "pesan", "dokumen", "teks", "thư", "tài liệu", "văn bản", "bài viết", "邮件", "文档",
  "文章", "网页", "评论", "メール", "文書", "記事", "ページ", "レビュー", "письмо", "документ", "текст", "стать", "страниц", "отзыв", "메일", "문서",
  "기사", "페이지", "리뷰", "رسالة", "البريد", "المستند", "النص", "المقال", "ईमेल", "दस्तावेज़", "लेख",
].join("|");

const FIRST_LINE_POINTER = new RegExp(
  String.raw`^([^\n]{0,80}?)\b(?:(?:this|these|the\s+following|the\s+below|the\s+attached)\s+(?:[a-z-]{2,20}\s+){0,4}?[a-z-]{2,20}` +
    // A diff's or a log's lines are short: four characters of content are enough.
    String.raw`|the\s+(?:search\s+)?(?:results|emails?|documents?|pages?|articles?|transcript|logs?|diff|thread|reviews?|resume|cv|table|spreadsheet|csv))\s*[:?]\s*\n(?=[^\n]{4})` +
    // The pointer first, the question after it on the same line: "Here are the search results,
    // answer my question:\n…", "Read this log and tell me what failed:\n…".
    String.raw`|^([^\n]{0,80}?)\b(?:this|these|the|my|our|a|an)\s+(?:[a-z-]{2,20}\s+){0,2}?${POINTED_DOCUMENT}\b[^\n]{0,80}?[:?]\s*\n(?=[^\n]{12})` +
    // In other languages: a first line naming the document and ending in a colon
    // ("Resume este correo:", "Fasse diese E-Mail zusammen:", "请总结这封邮件：").
    String.raw`|^([^\n]{0,60}?)(?:${POINTED_DOCUMENT_INTL})[^\n]{0,40}?[:：]\s*\n(?=[^\n]{8})`,
);

/** A request line in another language that points at "this" thing: "Registra este ticket…", "帮我 review 一下这个 PR：". */
const THIS_INTL = [
  "este", "esta", "estos", "estas", "ese", "esa", "ce", "cet", "cette", "ces", "dieser", "diese", "dieses", "diesen", "questo", "questa", "questi",
  "queste", "deze", "dit", "ten", "tę", "ta", "ці", "цей", "цю", "этот", "эту", "это", "эти", "bu", "şu", "ini", "này",
].join("|");
const THING_INTL = `${POINTED_DOCUMENT_INTL}|ticket|código|codigo|code|kod|код|pr|recibo|reçu|recu|beleg|quittung|ricevuta|bon|чек|fatura|factura|facture|rechnung|fattura|formulario|formulaire|formular|modulo`;
const REQUEST_THEN_BLOCK_INTL =
  String.raw`^[^\n]{0,100}?(?:(?:^|[^\p{L}])(?:${THIS_INTL})\s{1,2}(?:\p{L}+\s{1,2}){0,2}?(?:${THING_INTL})(?![\p{L}])` +
  String.raw`|(?:这个|这份|這個|這份|此|この|その|이\s?|هذا\s|هذه\s|यह\s|इस\s)[^\n]{0,6}?(?:${THING_INTL}|口コミ|收据|收據|レシート|영수증))[^\n]{0,100}\n[ \t]*\n(?=[^\n]{4})`;

/**
 * A weaker sign of pasted content: a first line that asks about a named thing, then a blank
 * line and the thing, whatever punctuation ends the request ("Please fix the failing test in
 * this file.\n\n```python …", "Summarize today's #general channel for me.\n\n[09:02] …").
 * Instructions planted in pasted code, chat exports, agent traces and minutes hide there.
 * The block may also be the user's own draft, so it only lets the untrusted-only signatures
 * read it (`pastedBlockFrom`); the weight given to untrusted content, the off-task edge and
 * the document-boundary detectors stay with the clear introductions above.
 */
const REQUEST_THEN_BLOCK = new RegExp(
  String.raw`^[^\n]{0,100}?\b(?:this|these|the|my|our|today's)\s+(?:[a-z#-]{1,20}\s+){0,3}?(?:${POINTED_DOCUMENT}|${PASTED_BLOCK})\b[^\n]{0,100}\n[ \t]*\n(?=[^\n]{4})` +
    String.raw`|^[^\n]{0,160}?(?:${PASTED_BELOW})[^\n]{0,60}\n[ \t]*\n(?=[^\n]{4})` +
    `|${REQUEST_THEN_BLOCK_INTL}` +
    // In any language: a request line ending as a sentence or a colon, a blank line, then a block
    // of two lines or more, blank lines allowed between them ("Oppsummer denne artikkelen.\n\n<paragraph>
    // \n\n[note]", "Vysvětli mi tento výstup:\n\nGET /api/…\n{…}"), or three when the second is
    // shorter than four characters ("```json\n{\n  …"). Session 18 asked for three lines in a row
    // and a 120-character request: 56 more written attacks caught, 19 blind, 6 redteam. Session 21
    // loosened it to this (signatures): 43 more written attacks, 43 lookalikes, 32 corpus, 14 blind
    // and 2 redteam, for 9 more benign texts flagged of 25,215 (2 of them blind), mostly security
    // talks and transcripts that quote an attack. Benign prompts it exposed were fixed where the
    // signature that fired was wrong (a bot prompt in quotes under review, a quoted rule asked about).
    // Other scripts end a sentence with their own marks: Arabic and Persian "؟", Urdu "۔", Devanagari
    // and Bengali "।", Armenian "։", Ethiopic "።", Burmese "။".
    String.raw`|^[^\n]{8,200}[:?.!？。：؟۔।։።။]\s*\n[ \t]*\n(?=[^\n]+\n(?:[ \t]*\n){0,2}(?:[^\n]{4}|[^\n]{1,3}\n[^\n]{4}))`,
  "u",
);

/**
 * The mirror image: a block of three lines or more, a blank line, then a short last line that
 * asks about it ("BEGIN:VCALENDAR …\n\nAm I free for this?", "[Slack – #general] …\n\nCan you
 * summarise what's going on in this channel today?"). The last line must point back at the
 * block ("this", "these", "above", "esto", "这"), or it may close the user's own writing ("A
 * structured list that separates …" ends a prompt's output format).
 */
const POINTS_BACK = new RegExp(
  String.raw`\b(?:this|these|above)\b|(?:^|[^\p{L}])(?:esto|este|esta|estos|estas|ceci|cela|cette|ces|dies|diese[rsn]?|questo|questa|questi|queste|isso|isto|esse|essa|dit|deze|это|этот|эту|эти|це|цей|цю|ці|bu|ini|này)(?![\p{L}])|这|這|此|これ|この|이것|이거|هذا|هذه|यह|इस`,
  "iu",
);
/** Non-blank lines a block must have before the last line asks about it. */
const BLOCK_LINES = 3;
/** A last line longer than this is content, not a request about the block. */
export const REQUEST_LINE_MAX = 160;

/** Whether `line` points back at the text above it: "Am I free for this?", "¿Puedes traducir esto?". */
export function pointsBack(line: string): boolean {
  return POINTS_BACK.test(line);
}

/** A text's last line, set apart by a blank line: where that blank line starts, and the line itself (trimmed). */
export interface ClosingLine {
  blankStart: number;
  line: string;
}

/**
 * The last line of `text` when a blank line sets it apart and it is at most `maxLength`
 * characters, or null: the writer speaking after a block ("…\n\nAm I free for this?").
 * Reads back from the end only.
 */
export function closingLine(text: string, maxLength: number): ClosingLine | null {
  const end = text.trimEnd();
  const lastBreak = end.lastIndexOf("\n");
  if (lastBreak <= 0 || end.length - lastBreak - 1 > maxLength) return null;
  const blankStart = end.lastIndexOf("\n", lastBreak - 1);
  if (blankStart < 0 || end.slice(blankStart + 1, lastBreak).trim() !== "") return null;
  return { blankStart, line: end.slice(lastBreak + 1).trim() };
}

/** Whether `text` ends with a short line about the block above it, after a blank line. */
function blockThenRequest(text: string): boolean {
  const closing = closingLine(text, REQUEST_LINE_MAX);
  if (closing === null || closing.line.length < 8 || !pointsBack(closing.line)) return false;
  let lines = 0;
  for (let at = closing.blankStart; at > 0 && lines < BLOCK_LINES; ) {
    const previous = text.lastIndexOf("\n", at - 1);
    if (text.slice(previous + 1, at).trim() !== "") lines++;
    at = previous;
  }
  return lines >= BLOCK_LINES;
}

interface Introduction {
  start: number;
  end: number;
}

/** Where the introduction of a quoted document starts and ends in `text`, the earliest one found. */
function introduction(text: string): Introduction | null {
  const intro = DOCUMENT_INTRO.exec(text);
  const pointer = FIRST_LINE_POINTER.exec(text);
  const pointerStart = pointer === null ? Number.POSITIVE_INFINITY : (pointer[1] ?? pointer[2] ?? (pointer[3] as string)).length;
  if (intro === null && pointer === null) return null;
  if (intro !== null && intro.index <= pointerStart) return { start: intro.index, end: intro.index + intro[0].length };
  return { start: pointerStart, end: (pointer as RegExpExecArray)[0].length };
}

/**
 * The introductions found so far, by view: the document-edge detector looks again in the
 * views `untrustedFrom` read, and the regexes cost a pass over the text each. Views are
 * never written to, and the entries go with them.
 */
const INTRODUCTIONS = new WeakMap<TextView, Introduction | null>();

function introductionIn(view: TextView): Introduction | null {
  const known = INTRODUCTIONS.get(view);
  if (known !== undefined) return known;
  const found = introduction(view.text);
  INTRODUCTIONS.set(view, found);
  return found;
}

/**
 * Raw offset from which the message is untrusted; Infinity when it is not at all. The
 * introduction is looked for in every lowercase view, decoded ones included, so spacing,
 * fullwidth letters or an encoding do not hide the document boundary (a document found
 * inside a decoded blob is untrusted from the blob's start).
 */
export function untrustedFrom(role: Role, views: readonly TextView[]): number {
  if (role === "tool") return 0;
  if (role !== "user") return Number.POSITIVE_INFINITY;
  let from = Number.POSITIVE_INFINITY;
  for (const view of views) {
    // Lowercase views only: the pattern is lowercase.
    if (view.kind !== "folded") continue;
    const found = introductionIn(view);
    if (found !== null) from = Math.min(from, toRawRange(view, found.start, found.end)[0]);
  }
  return from;
}

const PASTED_BLOCKS = new WeakMap<TextView, number>();

/** View offset where a block pasted before or after a request line starts, or -1. */
function pastedBlockIn(view: TextView): number {
  const known = PASTED_BLOCKS.get(view);
  if (known !== undefined) return known;
  const found = REQUEST_THEN_BLOCK.exec(view.text);
  const start = found !== null ? found[0].length : blockThenRequest(view.text) ? 0 : -1;
  PASTED_BLOCKS.set(view, start);
  return start;
}

/**
 * Raw offset where a block pasted after a request line starts in a user message; Infinity
 * when there is none. Untrusted-only signatures read from the earlier of this and `untrustedFrom`.
 */
export function pastedBlockFrom(role: Role, views: readonly TextView[]): number {
  let from = Number.POSITIVE_INFINITY;
  if (role !== "user") return from;
  for (const view of views) {
    if (view.kind !== "folded") continue;
    const start = pastedBlockIn(view);
    if (start >= 0) from = Math.min(from, toRawRange(view, start, start + 1)[0]);
  }
  return from;
}

/** End of the line that introduces a quoted document in a folded view, or -1 when none does. */
export function documentIntroEnd(view: TextView): number {
  const found = introductionIn(view);
  if (found === null) return -1;
  const newline = view.text.indexOf("\n", found.end - 1);
  return newline < 0 ? found.end : newline + 1;
}
