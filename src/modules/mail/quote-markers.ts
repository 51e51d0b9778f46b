/**
 * The line patterns visible-text.ts recognises: reply attributions ("On … wrote:") in many
 * languages and clients, Outlook-style header blocks, "Original message" separators, mobile
 * signatures. Kept as data so a language is added by adding words. Every pattern is anchored and
 * bounded, and is only tried on short lines, so a hostile body cannot make it slow.
 */

/** Verbs that end an attribution line: "On Tue, … Jane <jane@x> wrote:". */
const VERBS_AT_END = [
  'wrote', 'writes', 'a écrit', 'ha scritto', 'escreveu', 'escribió', 'kirjoitti', 'napisał\\(a\\)', 'napisał', 'napsal\\(a\\)', 'napsal',
  'написал\\(а\\)', 'написал', 'написала', 'пишет', 'írta', 'yazdı', 'έγραψε', '写道', '寫道', 'さんは書きました', '님이 작성',
];
/** Verbs followed by the sender's name: "Am 13.12.2017 schrieb Jane <jane@x>:". */
const VERBS_BEFORE_NAME = ['schrieb', 'schreef', 'skrev', 'skrifaði', 'kirjutas', 'rašė', 'rakstīja'];

const VERB_END = new RegExp(`^.{0,250}?(?<!\\p{L})(?:${VERBS_AT_END.join('|')})\\s*[:：]?\\s*$`, 'iu');
const VERB_BEFORE = new RegExp(`^.{0,200}?(?<!\\p{L})(?:${VERBS_BEFORE_NAME.join('|')})(?!\\p{L}).{0,200}[:：]\\s*$`, 'iu');
const ADDRESS = /[^\s<>()[\]"]+@[^\s<>()[\]"]+\.[a-z]{2,}/i;
const WRAPPED_ADDRESS = /[<([]\s*(mailto:)?[^\s<>()[\]"]+@[^\s<>()[\]"]+\s*[>)\]]/i;
const DATE_OR_TIME = /\d{1,2}[:.h]\d{2}|(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;

/** Leading and trailing dash runs, as Zoho frames its attribution: "---- On … wrote ----". */
const FRAMED = /^\s*-{2,}\s*(.*?)\s*-{2,}\s*$/;

/**
 * Whether `text` (one line, or a wrapped attribution joined from up to three lines) is a reply
 * attribution. A verb alone is not enough ("As the manual wrote:"): the line must also name an
 * address or carry a date or time. Without a verb, a line that ends in ":" and carries both an
 * address in brackets and a date or time counts (Russian, Japanese and many mobile clients).
 */
export function isAttribution(text: string): boolean {
  if (text.length > 400) return false;
  const line = (FRAMED.exec(text)?.[1] ?? text).trim();
  if (line === '' || line.startsWith('>')) return false;
  const evidence = ADDRESS.test(line) || DATE_OR_TIME.test(line);
  if (evidence && (VERB_END.test(line) || VERB_BEFORE.test(line))) return true;
  return /[:：]$/.test(line) && WRAPPED_ADDRESS.test(line) && DATE_OR_TIME.test(line);
}

/** Header names that open a quoted header block: From and its translations. */
const FROM_KEYS = ['from', 'de', 'von', 'van', 'da', 'fra', 'från', 'od', 'от', 'kimden', 'lähettäjä', 'feladó', 'afzender', 'remitente', '发件人', '寄件者', '差出人', '보낸 사람'];
/** Header names that follow it in the block: Sent, Date, To, Subject, Cc and their translations. */
const OTHER_KEYS = [
  'sent', 'date', 'to', 'subject', 'cc', 'gesendet', 'datum', 'an', 'betreff', 'envoyé le', 'envoyé', 'à', 'a', 'objet', 'copie à', 'inviato', 'oggetto',
  'verzonden', 'aan', 'onderwerp', 'enviado', 'enviada', 'para', 'asunto', 'assunto', 'sendt', 'til', 'emne', 'skickat', 'till', 'ämne', 'wysłano',
  'do', 'temat', 'отправлено', 'кому', 'тема', 'дата', 'lähetetty', 'vastaanottaja', 'aihe', 'elküldve', 'címzett', 'tárgy', 'gönderildi', 'kime',
  'konu', 'tarih', '发送时间', '收件人', '主题', '日期', '送信日時', '宛先', '件名', '보낸 날짜', '받는 사람', '제목',
];
const keyLine = (keys: string[]) => new RegExp(`^\\s*\\*?\\s*(?:${keys.join('|')})\\s*\\*?\\s*[:：]`, 'iu');
const FROM_LINE = keyLine(FROM_KEYS);
const OTHER_LINE = keyLine(OTHER_KEYS);
/** Any short "Name: value" line, to take in lines such as "Message du : …" above a block. */
export const GENERIC_HEADER_LINE = /^\s*\*?[\p{L}][\p{L} '’.-]{0,24}\*?\s*[:：]\s*\S/u;

/** Whether the lines from `i` open an Outlook-style header block (From: then Sent:/To:/Subject:). */
export function isHeaderBlock(lines: string[], i: number): boolean {
  if (lines[i].length > 400 || !FROM_LINE.test(lines[i])) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
    if (OTHER_LINE.test(lines[j])) return true;
    if (lines[j].trim() === '') return false;
  }
  return false;
}

/** Words of the separators clients put above a forwarded or original message. */
const SEPARATOR_WORDS = [
  'original message', 'forwarded message', 'forwarded by', 'ursprüngliche nachricht', 'weitergeleitete nachricht', "message d'origine",
  'message original', 'message transféré', 'messaggio originale', 'messaggio inoltrato', 'mensaje original', 'mensaje reenviado',
  'mensagem original', 'mensagem encaminhada', 'oorspronkelijk bericht', 'doorgestuurd bericht', 'oprindelig besked', 'videresendt besked',
  'opprinnelig melding', 'videresendt melding', 'originalmeddelande', 'vidarebefordrat meddelande', 'alkuperäinen viesti', 'välitetty viesti',
  'oryginalna wiadomość', 'przekazana wiadomość', 'исходное сообщение', 'пересылаемое сообщение', 'původní zpráva', 'eredeti üzenet',
  'orijinal ileti', '原始邮件', '転送メッセージ', '元のメッセージ',
];
const SEPARATOR = new RegExp(`^\\s*[-_=*]{2,}\\s*(?:${SEPARATOR_WORDS.join('|')})\\b.{0,40}?[-_=*]{0,}\\s*$`, 'iu');
const SEPARATOR_BARE = new RegExp(`^\\s*(?:${SEPARATOR_WORDS.join('|')})\\s*[-_=*]*\\s*:?\\s*$`, 'iu');

/** Whether the line is an "-----Original Message-----" style separator. */
export function isForwardSeparator(line: string): boolean {
  return line.length <= 120 && (SEPARATOR.test(line) || SEPARATOR_BARE.test(line.replace(/^\s*[-_=*]+\s*/, '')) && /[-_=*]{2,}/.test(line));
}

/** A line made only of rule characters: "____", "-----", "=====". */
export function isRule(line: string): boolean {
  return /^\s*[-_=*~—–]{2,}\s*$/.test(line);
}

/** The RFC 3676 signature delimiter ("-- "), and the "--" many clients write instead. */
export function isSignatureDelimiter(line: string): boolean {
  return line === '--' || line === '-- ' || line === '--\u00a0';
}

const MOBILE = [
  /^(?:sent|envoyé|enviado|inviato|gesendet|verzonden|verstuurd|sendt|skickat|lähetetty|wysłane|odesláno|отправлено)\s+(?:from|via|with|using|on|de|depuis|à partir de|desde|da|von|mit|vanaf|met|fra|från|z|с|из)\s/iu,
  /^get outlook for /i,
  /^von meinem .{1,40} gesendet/i,
];

/** Whether the line is a mobile or webmail signature ("Sent from my iPhone"). */
export function isMobileSignature(line: string): boolean {
  const t = line.trim();
  // A sentence ("Sent from my desk, is much easier …") is content, not a signature.
  if (t.length > 80 || t.includes(', ') || /[.!?]$/.test(t)) return false;
  return MOBILE.some((p) => p.test(t));
}

/** Whether the line is quoted with ">" (RFC 3676 quoting, and every client's plain-text reply). */
export function isQuoted(line: string): boolean {
  return /^\s{0,3}>/.test(line);
}
