/**
 * Free-mail providers: anyone can open an address there, so such a domain never vouches for a
 * sender even when a client's contact happens to use it (and so sits among the known domains).
 */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'ymail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me',
  'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 't-online.de', 'mail.com', 'zoho.com', 'yandex.com',
  'yandex.ru', 'mail.ru', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 'hotmail.co.uk',
  'yahoo.co.uk', 'hotmail.fr', 'yahoo.fr', 'hotmail.de', 'outlook.de', 'ziggo.nl', 'kpnmail.nl',
  'hotmail.es', 'yahoo.es', 'tutanota.com', 'fastmail.com',
]);

/** Whether a registrable domain (ASCII) belongs to a free-mail provider. */
export function isFreeMail(registrable: string): boolean {
  return FREE_MAIL.has(registrable);
}
