/**
 * What the demo MSP's tickets are about, and the sentences people write on them. Placeholders:
 * {first} {name} (the contact), {site}, {app} (a line-of-business application), {server},
 * {device}, {other} (a colleague not yet on file), {n} (a small number), {ref} (a vendor case).
 */
import type { Industry } from './words.js';

export type Severity = 'low' | 'normal' | 'high';

export interface TicketTemplate {
  key: string;
  subject: string;
  tags: string[];
  /** What the person (or the monitoring system) says when raising it. */
  request: string;
  /** What fixed it, told to the client on resolution. */
  fix: string;
  weight: number;
  severity: Severity;
  /** The tier that first picks it up. */
  tier: 1 | 2;
  /** Raised by remote monitoring rather than by a person. */
  alert?: boolean;
  /** Planned work for the Projects team. */
  projects?: boolean;
  /** Something several people notice at once, so duplicates happen. */
  outage?: boolean;
  /** Only for these industries. */
  industries?: Industry[];
}

const t = (key: string, subject: string, tags: string[], request: string, fix: string, extra: Partial<TicketTemplate> = {}): TicketTemplate => ({
  key, subject, tags, request, fix, weight: 10, severity: 'normal', tier: 1, ...extra,
});

export const TEMPLATES: TicketTemplate[] = [
  t('printer', 'Printer offline at {site}', ['printer', 'hardware'], "The main printer at {site} shows as offline for everyone. We've already turned it off and on again.", 'The print spooler had stalled after a driver update; we cleared the queue, restarted the spooler and reinstalled the driver. A test page printed fine.', { weight: 14, outage: true }),
  t('vpn', 'VPN keeps dropping for {first}', ['vpn', 'network', 'remote-work'], 'My VPN disconnects every 10–15 minutes when I work from home and I lose whatever I was doing in {app}.', 'Your VPN client was an old build and your home router was dropping UDP; we updated the client and enabled the TCP fallback. It stayed connected for an hour of testing.', { weight: 10 }),
  t('outlook', "Outlook won't sync on {first}'s laptop", ['email', 'm365'], "Outlook has been stuck on 'Updating inbox' since this morning. Webmail works fine.", 'We rebuilt your Outlook profile and cleared the offline cache; the mailbox has synced fully.', { weight: 14 }),
  t('password', 'Password reset for {name}', ['account', 'password'], "I'm locked out after changing my password on my phone. Can you reset it please?", 'We verified your identity by calling back the number on file, reset the password and cleared the lockout, and re-registered MFA.', { weight: 16, severity: 'low' }),
  t('mfa', 'MFA prompts not arriving on new phone', ['account', 'mfa'], "I've got a new phone and the sign-in approvals still go to the old one.", 'We removed the old device from your MFA methods and registered the authenticator app on the new phone with you.', { weight: 8, severity: 'low' }),
  t('lob', '{app} error when saving', ['lob-app'], "{app} shows 'An unexpected error occurred' every time I try to save. Others in the office have the same problem.", "The vendor confirmed a known issue with last night's update; we applied their hotfix to {server} and saving works again.", { weight: 12, outage: true }),
  t('share', 'Access denied on shared drive - {first}', ['file-share', 'permissions'], "I get 'access denied' on the S: drive since I moved teams.", 'You were missing from the security group for your new team; added, and access confirmed after signing out and in again.', { weight: 9, severity: 'low' }),
  t('teams', 'Teams calls dropping audio', ['m365', 'teams', 'network'], 'Audio cuts out on almost every Teams call, for me and for people calling in.', 'The meeting room PC was on Wi-Fi with power saving on; we set it to use the wired network and adjusted QoS on the firewall.', { weight: 7 }),
  t('slow', 'Laptop very slow - {first}', ['hardware', 'performance'], 'My laptop takes ten minutes to start and everything freezes when I open {app}.', 'The disk was nearly full and failing its health checks; we replaced the SSD and restored your profile.', { weight: 9, severity: 'low' }),
  t('wifi', 'Wi-Fi not working in meeting rooms at {site}', ['wifi', 'network'], 'Nobody can connect to the Wi-Fi in the meeting rooms; it says no internet.', 'One access point had lost its configuration after a power cut; we re-adopted it and pushed the settings again.', { weight: 7, outage: true }),
  t('phishing', 'Phishing email reported by {first}', ['security', 'phishing'], "I received an email pretending to be from our bank asking me to confirm payment details. I haven't clicked anything.", 'It was phishing: we purged the message from every mailbox, blocked the sender domain and reported the link.', { weight: 8 }),
  t('fraud', 'Suspicious payment request - please verify', ['security', 'fraud'], "We've had an email that looks like it's from our director asking for an urgent transfer of $48,000 to a new supplier today. It doesn't feel right.", 'We called the director on the number on file: the request was not genuine. No mailbox compromise found; the lookalike domain is blocked.', { weight: 3, severity: 'high', tier: 2 }),
  t('monitor', 'Second monitor not detected - {first}', ['hardware'], 'My second screen stays black since the docking station was moved.', 'The dock firmware was out of date; updated it and replaced the DisplayPort cable.', { weight: 6, severity: 'low' }),
  t('access', 'Access to {app} for {first}', ['access', 'lob-app'], 'Could I get access to {app}? My manager has approved it.', 'Licence assigned and account created in {app}; you can sign in with your usual account.', { weight: 8, severity: 'low' }),
  t('mailbox', 'Mailbox full warning', ['email', 'm365'], "I keep getting 'your mailbox is almost full' and can't send attachments.", 'We enabled the online archive and set a retention policy that moves mail older than two years there.', { weight: 5, severity: 'low' }),
  t('scanner', 'Scan to email not working at {site}', ['printer', 'scanning'], "The copier at {site} says 'SMTP error' when we scan to email.", 'The copier was still using basic authentication, which the mail service has switched off; we moved it to the SMTP relay.', { weight: 6, outage: true }),
  t('starter', 'New starter laptop for {other}', ['onboarding', 'hardware'], 'We have a new colleague, {other}, starting on Monday. They will need a laptop, an email account and access to {app}.', 'Laptop imaged and enrolled, account created with licences and {app} access granted. Handover is booked for 9:00 on the start date.', { weight: 6, severity: 'low', tier: 2, projects: true }),
  t('leaver', 'Leaver: disable account for {other}', ['offboarding', 'account'], '{other} left on Friday. Please disable their account and forward their mail to me.', 'Account disabled, sessions revoked, mailbox converted to shared with access for you, and the laptop is logged for collection.', { weight: 5, severity: 'low' }),
  t('internet', 'Internet down at {site}', ['network', 'outage'], 'The whole of {site} has lost internet. Phones are down too.', 'The carrier had a fibre fault in the street; we failed over to the 4G backup and the line was repaired the same day.', { weight: 5, severity: 'high', tier: 2, outage: true }),
  t('till', 'Till {n} not taking card payments at {site}', ['pos', 'payments'], 'Till {n} at {site} declines every card with a communication error. We are down to one till.', 'The card terminal had lost its pairing after a firmware update; re-paired it and ran a test transaction.', { weight: 10, severity: 'high', industries: ['retail', 'hospitality', 'food'] }),
  t('label', 'Label printer jammed on line {n}', ['printer', 'production'], 'The label printer on line {n} keeps faulting and production is backing up.', 'Replaced the worn print head and recalibrated the media sensor.', { weight: 10, severity: 'high', industries: ['manufacturing', 'logistics', 'food'] }),
  t('handheld', 'Handheld scanners not connecting at {site}', ['wifi', 'warehouse'], 'None of the handheld scanners at {site} will connect since this morning.', 'The scanners rejected the renewed Wi-Fi certificate; we pushed the new certificate to every device.', { weight: 8, severity: 'high', tier: 2, outage: true, industries: ['logistics', 'manufacturing'] }),
  t('projector', 'Classroom projector not displaying in room {n}', ['av', 'hardware'], 'The projector in room {n} shows no signal from the teacher laptop.', 'Replaced the HDMI extender behind the wall plate.', { weight: 10, severity: 'low', industries: ['education'] }),
  t('records', '{app} running slowly for everyone', ['lob-app', 'performance'], 'Opening a record in {app} takes over a minute for everyone this morning.', 'The database on {server} was running its index maintenance during the day; moved it to overnight and rebuilt the indexes.', { weight: 6, tier: 2, outage: true, industries: ['healthcare', 'veterinary', 'senior_care', 'legal'] }),
  t('move', 'Office move at {site} - network and phones', ['project', 'network'], 'We move into the new floor at {site} in three weeks and need desks, phones and Wi-Fi ready.', 'Cabling patched, switches and access points installed, phones moved and tested desk by desk.', { weight: 2, severity: 'low', tier: 2, projects: true }),
  t('backup', 'Backup job failed: {server} nightly', ['backup', 'alert'], 'Monitoring: the nightly backup of {server} failed with "snapshot could not be created".', 'The VSS writer had hung; restarted the service, ran the backup manually and verified a test restore.', { weight: 9, tier: 2, alert: true }),
  t('firewall', 'Firewall alert: repeated VPN login failures at {site}', ['security', 'firewall', 'alert'], 'Monitoring: 340 failed VPN logins from 3 foreign IP addresses against the {site} firewall in 10 minutes.', 'The attempts were password spraying; we geo-blocked the sources, confirmed MFA on every VPN account and no login succeeded.', { weight: 6, severity: 'high', tier: 2, alert: true }),
  t('disk', 'Disk space low on {server}', ['server', 'storage', 'alert'], 'Monitoring: volume C: on {server} has 4% free space.', 'Cleared old update caches and logs, and moved the log rotation to keep 30 days.', { weight: 8, alert: true }),
  t('ping', '{server} not responding', ['server', 'outage', 'alert'], 'Monitoring: {server} has not answered for 5 minutes.', 'The server had rebooted for updates and stuck on a pending driver install; completed it from the remote console.', { weight: 5, severity: 'high', tier: 2, alert: true }),
  t('ups', 'UPS on battery power at {site}', ['power', 'alert'], 'Monitoring: the UPS at {site} switched to battery; estimated runtime 22 minutes.', 'Short mains outage in the building; power came back after 9 minutes and the UPS battery test passed.', { weight: 4, severity: 'high', alert: true }),
  t('antivirus', 'Threat quarantined on {device}', ['security', 'antivirus', 'alert'], 'Monitoring: endpoint protection quarantined a malicious download on {device}.', 'A full scan came back clean and the download came from a fake invoice link; the user has been briefed.', { weight: 6, alert: true }),
];

/** The ticket that groups several new starters, and its children's template. */
export const ONBOARDING_PARENT = { subject: 'Onboarding: {n} new starters at {site}', tags: ['onboarding', 'project'], request: 'We have {n} people starting together at {site} next month. Details of each are on the linked tickets.', fix: 'All starters are set up and their handovers are done.' };

export const ACKNOWLEDGEMENTS = [
  "Hi {first}, thanks for letting us know - I'm looking at this now and will update you shortly.",
  "Hi {first}, I've picked this up and I'm checking it remotely now.",
  "Thanks {first}. I can see the problem from here and I'm working on it.",
];

export const QUESTIONS = [
  "Hi {first}, when would suit you for a quick remote session? I'd like to see the error on screen.",
  'Hi {first}, could you send a screenshot of the message, and tell us whether anyone else is affected?',
  'Hi {first}, could you restart the machine when you get a moment and let me know if it happens again?',
];

export const CLIENT_FOLLOW_UPS = ["Thanks - I'm free after 2pm today.", "It's happened again just now.", 'Any update on this? It is holding up the team.', 'Screenshot attached. Two others here have it too.', "I've restarted it, same problem."];

export const NOTES = ['Checked the event logs on {device}; nothing obvious yet.', 'Remote session done; reproduced the fault.', 'Same issue seen at another client after the same update - checking their fix.', 'Client prefers calls over email for this one.'];

export const VENDOR_NOTES = ['Logged case {ref} with the vendor; waiting for their engineers.', 'Vendor case {ref} open; they expect a fix in the next release.', 'Carrier fault reference {ref}; engineer visit booked.'];

export const ESCALATIONS = ['Escalating: first-line checks done (restart, logs, connectivity); needs server-side access.', 'Escalating to engineering - looks like a configuration problem on {server}.', 'Escalating for a second pair of eyes; the usual fixes have not helped.'];

export const OUTBOUND_CALLS = ['Called {first} to talk through the fix; confirmed working.', 'Called {first}, no answer; left a voicemail.', 'Called {first} to agree a time for the remote session.'];
