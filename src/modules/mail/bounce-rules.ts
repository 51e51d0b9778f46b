/**
 * How a failed delivery is classified: the reason labels of the sisimai project, decided from the
 * diagnostic text first (phrases the common mail servers write), then from the enhanced status
 * code's class (RFC 3463, IANA's registry), then from the SMTP stage. The phrases and code
 * meanings are facts of how mail servers report failures; the rules and their order are ours.
 */

/** The reasons a recipient's delivery can fail for (sisimai's labels). */
export type BounceReason =
  | 'userunknown' | 'mailboxfull' | 'filtered' | 'spamdetected' | 'virusdetected' | 'securityerror' | 'hostunknown' | 'expired'
  | 'suspend' | 'rejected' | 'norelaying' | 'systemerror' | 'systemfull' | 'blocked' | 'toomanyconn' | 'speeding'
  | 'policyviolation' | 'notaccept' | 'mesgtoobig' | 'exceedlimit' | 'contenterror' | 'networkerror' | 'authfailure'
  | 'hasmoved' | 'undefined';

/** The SMTP command a server was answering when it refused, where the report says. */
export type SmtpStage = 'CONN' | 'MAIL' | 'RCPT' | 'DATA' | null;

/** Phrases per reason, tried in this order: the first reason with a matching phrase wins. */
const PHRASES: [BounceReason, RegExp][] = [
  ['mailboxfull', /mailbox (?:is )?full|mailbox.{0,30}(?:exceed|over the|over quota)|over ?quota|quota (?:exceeded|full)|exceeded (?:the )?(?:storage|quota|mailbox)|insufficient (?:storage|disk space)|not enough (?:storage|space)|mailbox size limit|storage (?:quota|limit)|disk quota|full mailbox|mailfolder is full|user has exceeded|too many messages in (?:the|this) mailbox/],
  ['mesgtoobig', /message (?:size )?(?:exceeds|is too (?:big|large)|too (?:big|large))|message length exceeds|exceeds (?:the )?(?:maximum|max) (?:message )?size|too big for (?:the )?system|size limit exceeded|message size limit/],
  ['suspend', /(?:account|mailbox|user|address)(?:\(s\))? (?:is |has been )?(?:disabled|suspended|deactivated|discontinued|locked|frozen)|has been disabled|account (?:has been |is )?(?:closed|expired)|boite du destinataire archivee/],
  ['hasmoved', /(?:address|mailbox|user) has moved|no longer (?:at|with) (?:this|our) (?:domain|organi[sz]ation|company)/],
  ['norelaying', /relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited)|not permitted to relay|unable to relay|relay not permitted|we do not relay|relaying denied|not allowed to relay|relay through this server without authentication/],
  ['authfailure', /dmarc|(?:spf|dkim) (?:check |validation |verification )?(?:fail|error|invalid)|(?:failed|does not pass|did not pass|not pass) (?:the )?(?:spf|dkim|dmarc)|sender policy framework|spf (?:record|policy)/],
  ['blocked', /(?:sending |client |sender |your )?ip(?: address)?.{0,30}(?:is )?(?:blocked|blacklisted|blocklisted|banned|listed)|banned sending ip|rbl\b|dnsbl|blacklist|blocklist|block list|spamhaus|spamcop|sorbs|barracudacentral|listed (?:at|in|on|by) |(?:poor|bad|low) reputation|connection (?:refused|rejected|blocked)|not allowed to connect|client host rejected|reverse dns|ptr record/],
  ['toomanyconn', /too many (?:connections|concurrent|sessions|simultaneous)|connection (?:frequency|rate|count) limit|connection limit|frequency limited/],
  ['speeding', /too many (?:recipients|messages|mails|emails) (?:this|per|in the last) (?:hour|minute|day)|sent too many|rate limit|sending rate|throttl|too fast|exceeded (?:the )?(?:rate|sending) limit/],
  ['spamdetected', /spam|\bube\b|\buce\b|bulk (?:e-?mail|mail) filter|junk mail|looks like junk|message content rejected|scored (?:too high|as spam)|phish/],
  ['virusdetected', /virus|malware|infected|trojan|ransomware/],
  ['policyviolation', /policy reasons|denied by policy|local policy|policy violation|organi[sz]ation(?:al)? (?:policy|settings)|rejected due to security polic|illegal attachment|members-only list|closed mailing list/],
  ['userunknown', /(?:user|recipient|mailbox|address|account|addressee|e-?mail account)(?: name)? (?:is )?(?:unknown|not (?:found|known|recogni[sz]ed|listed|present|valid)|invalid)|unknown (?:user|recipient|mailbox|local.?part|e-?mail)|no such (?:user|recipient|mailbox|address|person|account)|(?:user|mailbox|address|recipient|account)\b.{0,60}(?:does not|doesn't|did not) exist|invalid (?:recipient|mailbox|address|user)|not a valid (?:recipient|mailbox|user|address)|no mailbox|mailbox unavailable|recipient (?:address )?rejected|user doesn't have an? .{1,60} account|couldn't be found|could not be found|not listed in .{0,40}directory|no account by that name|bad destination mailbox|recipnotfound|resolver\.adr\.recip|utilisateur inconnu|destinataire invalide|unbekannt|existiert nicht|nessun utente|no existe|не существует|нет такого|ディレクトリ.{0,20}(?:見つかりません|ありません)|宛先不明|存在しません/],
  ['hostunknown', /host (?:or domain name )?(?:not found|unknown)|unknown host|domain (?:name )?(?:not found|does not exist|unknown)|no such domain|name or service not known|unrout(?:e)?able (?:address|domain)|host unknown|could not be resolved|nxdomain|no mx record|bad destination system/],
  ['filtered', /user refuses|recipient preferences|only accepting mail from|not accepting any mail|blocked by the recipient|rejected by (?:the )?recipient|this account is protected|user reject/],
  ['rejected', /sender (?:address )?(?:rejected|denied|refused|blocked|not allowed)|sender verify failed|invalid sender|bad sender|mail from .{0,80} rejected|null sender|empty envelope sender|unverified sender|not have permission to post|user complaints|address not verified/],
  ['expired', /(?:delivery|retry) (?:time|timeout|period) (?:expired|exceeded)|(?:in|too long in) (?:the )?queue too long|giving up after|aborted after .{0,20}hour|delivery expired|message expired|could not be delivered (?:within|for) \d|undeliverable for \d/],
  ['systemfull', /(?:mail )?system (?:is )?full|disk full|out of disk space|insufficient system storage/],
  ['networkerror', /network (?:error|is unreachable)|connection (?:timed out|reset|dropped)|no route to host|(?:host|server) unreachable|could not connect|lost connection|bad connection/],
  ['notaccept', /does not accept (?:mail|e-?mail)|accepts no mail|null mx|no mail service/],
  ['systemerror', /mail loop|loop alert|loop detected|too many hops|hop count|(?:local|internal|system|server) (?:configuration )?error|service (?:currently )?unavailable|system (?:error|failure)|duplicated message-id/],
  ['contenterror', /message (?:header|content) (?:error|invalid)|malformed|invalid (?:mime|header)|bare lf|line too long/],
  ['securityerror', /access denied|authentication required|not authori[sz]ed|unauthori[sz]ed|tls required|encryption required|must issue a starttls/],
];

/**
 * "User unknown" stated as the result of the reporting server's own directory lookup, which
 * needs no SMTP stage to be believed (Exchange, Domino/Notes, IMail, local delivery agents).
 */
const DIRECTORY_LOOKUP = /recipient name is not recogni[sz]ed|not listed in .{0,40}directory|ディレクトリ|unknown user\s*:/;

/** Vendor bounce categories written into reports (PowerMTA's X-PowerMTA-BounceCategory). */
export const VENDOR_CATEGORIES: Record<string, BounceReason> = {
  'bad-mailbox': 'userunknown', 'bad-domain': 'hostunknown', 'inactive-mailbox': 'suspend', 'quota-issues': 'mailboxfull',
  'message-expired': 'expired', 'no-answer-from-host': 'expired', 'policy-related': 'policyviolation', 'spam-related': 'spamdetected',
  'virus-related': 'virusdetected', 'content-related': 'contenterror', 'routing-errors': 'systemerror', 'relaying-issues': 'norelaying',
  'bad-connection': 'networkerror', 'invalid-sender': 'rejected', 'protocol-errors': 'systemerror', 'bad-configuration': 'systemerror',
};

/** Enhanced status code → reason, for when no phrase matched (RFC 3463 and IANA's registry). */
const STATUS: Record<string, BounceReason> = {
  '1.0': 'userunknown', '1.1': 'userunknown', '1.2': 'hostunknown', '1.3': 'userunknown', '1.4': 'filtered', '1.6': 'hasmoved',
  '1.7': 'rejected', '1.8': 'rejected', '1.9': 'systemerror', '1.10': 'notaccept',
  '2.0': 'filtered', '2.1': 'filtered', '2.2': 'mailboxfull', '2.3': 'exceedlimit', '2.4': 'filtered',
  '3.0': 'systemerror', '3.1': 'systemfull', '3.2': 'notaccept', '3.3': 'systemerror', '3.4': 'mesgtoobig', '3.5': 'systemerror',
  '4.0': 'networkerror', '4.1': 'expired', '4.2': 'networkerror', '4.3': 'systemerror', '4.4': 'networkerror', '4.5': 'toomanyconn',
  '4.6': 'networkerror', '4.7': 'expired', '5.3': 'toomanyconn', '5.4': 'systemerror', '5.5': 'systemerror',
  '7.1': 'blocked', '7.2': 'blocked', '7.13': 'suspend', '7.17': 'hasmoved', '7.18': 'hasmoved', '7.20': 'authfailure', '7.21': 'authfailure',
  '7.22': 'authfailure', '7.23': 'authfailure', '7.24': 'authfailure', '7.25': 'blocked', '7.26': 'authfailure', '7.27': 'rejected',
};

/** Reasons that mean the address itself will never work (sisimai's hard bounces). */
const HARD: BounceReason[] = ['userunknown', 'hostunknown', 'hasmoved', 'notaccept'];

/** The reason an enhanced status code alone implies, or null. */
export function reasonOfStatus(status: string | null): BounceReason | null {
  if (!status) return null;
  const [cls, subject, detail] = status.split('.');
  if (cls === '4' && subject === '2' && detail === '1') return 'suspend';
  const known = STATUS[`${subject}.${detail}`];
  if (known) return known;
  if (subject === '6') return 'contenterror';
  if (subject === '7') return 'securityerror';
  return null;
}

/** The reason the diagnostic's words imply, or null. */
export function reasonOfText(diagnostic: string): BounceReason | null {
  const text = diagnostic.toLowerCase().replace(/\s+/g, ' ').slice(0, 4000);
  for (const [reason, pattern] of PHRASES) if (pattern.test(text)) return reason;
  return null;
}

/** What is known about one failed recipient. */
export interface FailureFacts {
  diagnostic: string;
  status: string | null;
  stage: SmtpStage;
  action: string | null;
  /** A vendor's own category of the failure, when the report carries one. */
  vendorCategory?: string | null;
}

/**
 * The reason for one failure. "User unknown" words are believed when the refusal answered RCPT,
 * came with an address status (X.1.0, X.1.1, X.1.3), or reports a directory lookup. Otherwise the
 * address was accepted and something refused the message later (after DATA, or beside a status
 * saying the mailbox exists): a filter, as sisimai also concludes.
 */
export function classifyFailure(facts: FailureFacts): BounceReason {
  if (facts.vendorCategory && VENDOR_CATEGORIES[facts.vendorCategory]) return VENDOR_CATEGORIES[facts.vendorCategory];
  const byText = reasonOfText(facts.diagnostic);
  const byStatus = reasonOfStatus(facts.status);
  if (byText === 'userunknown') {
    const addressStatus = facts.status !== null && /^[45]\.1\.[013]$/.test(facts.status);
    const lookup = DIRECTORY_LOOKUP.test(facts.diagnostic.toLowerCase());
    return addressStatus || lookup || facts.stage === 'RCPT' ? 'userunknown' : 'filtered';
  }
  if (byText) return byText;
  if (byStatus) return byStatus;
  if (facts.action === 'delayed') return 'expired';
  return 'undefined';
}

/** Whether the failure is permanent for the address (it will never accept mail). */
export function isHardBounce(reason: BounceReason, status: string | null, smtpCode: string | null): boolean {
  const temporary = (status ?? smtpCode ?? '5').startsWith('4');
  return !temporary && HARD.includes(reason);
}

/** The enhanced status code in a diagnostic: the one after the reply code first ("550 5.1.1"). */
export function statusIn(text: string): string | null {
  const afterCode = /\b[245]\d\d[\s-]+'?#?([245]\.\d{1,3}\.\d{1,3})\b/.exec(text);
  if (afterCode) return afterCode[1];
  return /(?:^|[^\d.])([45]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(text)?.[1] ?? null;
}

/** The three-digit SMTP reply code in a diagnostic. */
export function smtpCodeIn(text: string): string | null {
  return /(?:^|[\s:;'"(#[])([45][0-5]\d)(?=[\s-]|$)/.exec(text)?.[1] ?? null;
}

/** The SMTP command the refusal answered, from the phrases servers use. */
export function stageIn(text: string): SmtpStage {
  const t = text.toLowerCase();
  if (/(?:in reply to|after|following) (?:the )?(?:end of )?data\b|>>> data|smtp command\s*:?\s*data\b|for text command|\[data\]/.test(t)) return 'DATA';
  if (/(?:in reply to|after|following) rcpt\b|rcpt to command|\[rcpt_to\]|does not like recipient|rejected recipient|error following rcpt/.test(t)) return 'RCPT';
  if (/(?:in reply to|after|following) mail from|mail from command|\[mail_from\]/.test(t)) return 'MAIL';
  if (/(?:in reply to|after) (?:the )?(?:initial greeting|ehlo|helo|connect)/.test(t)) return 'CONN';
  return null;
}
