/** The ticket's story: replies, internal notes and calls, with the changes between them. */
import { formatCallLength, formatFull, formatTime } from '../../platform/format';
import type { Channel, FcrOutcome, Message, Priority, Status, TicketEvent } from '../../platform/types';
import { CHANNEL_LABEL, FCR_LABEL, PRIORITY_LABEL, STATUS_LABEL } from '../../platform/labels';
import { initials } from '../../platform/ui';

export interface Names {
  user(id: string | null): string | undefined;
  contact(id: string | null): string | undefined;
  team(id: string | null): string | undefined;
}

type Item = { at: string; order: number; message?: Message; event?: TicketEvent };

export function Timeline({ messages, events, names }: { messages: Message[]; events: TicketEvent[]; names: Names }) {
  const items: Item[] = [
    ...messages.map((message, i) => ({ at: message.createdAt, order: i, message })),
    ...events.filter((e) => e.type !== 'message.added').map((event) => ({ at: event.at, order: event.id, event })),
  ];
  // Equal instants: the ticket's creation first, then messages, then the changes they caused.
  const rank = (item: Item) => (item.event?.type === 'ticket.created' ? 0 : item.message ? 1 : 2);
  items.sort((a, b) => a.at.localeCompare(b.at) || rank(a) - rank(b) || a.order - b.order);
  return (
    <ol className="timeline" aria-label="Timeline">
      {items.map((item) =>
        item.message ? (
          <MessageItem key={`m${item.message.id}`} message={item.message} names={names} />
        ) : (
          <EventItem key={`e${item.event!.id}`} event={item.event!} names={names} />
        ),
      )}
    </ol>
  );
}

/** What a message is, as its header says it. */
export function messageLabel(message: Pick<Message, 'kind' | 'authorUserId' | 'authorContactId' | 'callDirection'>, contactName?: string): string {
  switch (message.kind) {
    case 'note':
      return 'Internal note';
    case 'call':
      return `${message.callDirection === 'outbound' ? 'Outbound' : 'Inbound'} call`;
    case 'description':
      // Staff who open a ticket record the client's request; they did not reply to anyone.
      return message.authorUserId ? `Description, logged${message.authorContactId ? ` for ${contactName ?? 'the contact'}` : ''}` : 'Description';
    default:
      return message.authorUserId ? 'Public reply' : 'Client wrote';
  }
}

function MessageItem({ message, names }: { message: Message; names: Names }) {
  const author = message.authorUserId ? (names.user(message.authorUserId) ?? 'Staff') : (names.contact(message.authorContactId) ?? 'The client');
  const label = messageLabel(message, names.contact(message.authorContactId));
  return (
    <li className={`tl-message tl-${message.kind}${message.authorUserId ? '' : ' tl-from-client'}`} data-kind={message.kind}>
      <div className="tl-head">
        <span className="avatar" aria-hidden="true">
          {initials(author)}
        </span>
        <span className="tl-author">{author}</span>
        <span className={`tl-kind kind-${message.kind}`}>{label}</span>
        {message.kind === 'call' && (
          <span className="tl-call-detail">
            {message.callerNumber && <a href={`tel:${message.callerNumber}`}>{message.callerNumber}</a>}
            {message.callDurationSeconds !== null && <span> · {formatCallLength(message.callDurationSeconds)}</span>}
          </span>
        )}
        <time dateTime={message.createdAt} title={formatFull(message.createdAt)}>
          {formatTime(message.createdAt)}
        </time>
      </div>
      <div className="tl-body">{message.body}</div>
    </li>
  );
}

function EventItem({ event, names }: { event: TicketEvent; names: Names }) {
  const actor = event.actorUserId ? (names.user(event.actorUserId) ?? 'The client') : 'Switchboard';
  return (
    <li className="tl-event">
      <span className="tl-dot" aria-hidden="true" />
      <span>
        <strong>{actor}</strong> {describe(event, names)}
      </span>
      <time dateTime={event.at} title={formatFull(event.at)}>
        {formatTime(event.at)}
      </time>
    </li>
  );
}

/** A spare or loaner reserved for the ticket, handed out, returned or cancelled. */
function describeSpares(e: TicketEvent): string {
  if (e.type === 'spares.reserved') {
    const a = (e.after ?? {}) as { item?: string; location?: string; quantity?: number; loan?: boolean };
    return `reserved ${a.quantity ?? 1} × ${a.item ?? 'a spare'} from ${a.location ?? 'stock'}${a.loan ? ' as a loaner' : ''}`;
  }
  if (e.type === 'spares.hand_out') return e.after === 'out' ? 'handed out the loaner' : 'fitted the spare';
  if (e.type === 'spares.return') return 'took the loaner back';
  return 'cancelled a spare’s reservation';
}

function describe(e: TicketEvent, names: Names): string {
  if (e.type === 'ticket.created') {
    const channel = (e.after as { channel?: Channel } | null)?.channel;
    return `opened the ticket${channel ? ` via ${CHANNEL_LABEL[channel].toLowerCase()}` : ''}`;
  }
  if (e.type === 'ticket.linked') return 'linked this ticket to another';
  if (e.type.startsWith('sla.') || e.type.startsWith('escalation.')) return describePaging(e);
  if (e.type.startsWith('fraud.')) return describeFraud(e);
  if (e.type === 'kb.solved') return `marked the article “${String((e.after as { title?: string } | null)?.title ?? 'untitled')}” as what solved it`;
  if (e.type === 'asset.linked' || e.type === 'asset.unlinked') return `${e.type === 'asset.linked' ? 'attached' : 'detached'} the asset “${String((e.after as { name?: string } | null)?.name ?? '')}”`;
  if (e.type.startsWith('spares.')) return describeSpares(e);
  if (e.type === 'billing.approval_requested') {
    const r = (e.after ?? {}) as { minutes?: number; reason?: string };
    return `asked the client to approve ${Math.round(((r.minutes ?? 0) / 60) * 100) / 100} h of chargeable work (${r.reason ?? ''})`;
  }
  if (e.type === 'billing.approval_approved' || e.type === 'billing.approval_declined') {
    const comment = ((e.after ?? {}) as { comment?: string | null }).comment;
    return `${e.type === 'billing.approval_approved' ? 'approved' : 'declined'} the chargeable work${comment ? `: “${comment}”` : ''}`;
  }
  if (e.type === 'ticket.merged') return 'merged tickets';
  if (e.type === 'incident.child') {
    const a = (e.after ?? {}) as { title?: string; attached?: boolean };
    return `${a.attached ? 'attached this ticket to' : 'opened this ticket for'} the vendor incident “${a.title ?? ''}”`;
  }
  if (e.type === 'mail.delivery_failed') {
    const a = (e.after ?? {}) as { to?: string; reason?: string; status?: string | null };
    return `could not deliver our email to ${a.to ?? 'the client'}: ${a.reason ?? 'bounced'}${a.status ? ` (${a.status})` : ''} — the client never got it`;
  }
  const before = e.before;
  const after = e.after;
  switch (e.field) {
    case 'status':
      return `changed status from ${STATUS_LABEL[before as Status] ?? before} to ${STATUS_LABEL[after as Status] ?? after}`;
    case 'priority':
      return `changed priority from ${before} to ${PRIORITY_LABEL[after as Priority] ?? after}`;
    case 'assigneeId':
      return after ? `assigned it to ${names.user(after as string) ?? 'someone'}` : 'unassigned it';
    case 'teamId':
      return after ? `moved it to ${names.team(after as string) ?? 'another team'}` : 'removed the team';
    case 'tier':
      return Number(after) > Number(before) ? `escalated it to tier ${after}` : `moved it to tier ${after}`;
    case 'fcrOutcome':
      return after ? `recorded: ${FCR_LABEL[after as FcrOutcome].toLowerCase()}` : 'cleared the first-contact outcome';
    case 'businessCritical':
      return after ? 'marked it business critical' : 'removed the business-critical flag';
    case 'subject':
      return `renamed it to “${String(after)}”`;
    case 'contactId':
      return 'changed the contact';
    case 'siteId':
      return 'changed the site';
    case 'tags':
      return `set tags: ${(after as string[]).join(', ') || 'none'}`;
    default:
      return `changed ${e.field ?? e.type}`;
  }
}

const CLOCK: Record<string, string> = { first_response: 'first response', next_reply: 'next reply', resolution: 'resolution' };

/** SLA notices and escalation ladders, as the people reading the ticket would say them. */
function describePaging(e: TicketEvent): string {
  const after = (e.after ?? {}) as Record<string, unknown>;
  const policy = `“${String(after.policy ?? e.field ?? 'escalation')}”`;
  switch (e.type) {
    case 'sla.warning':
      return `warned: the ${CLOCK[e.field ?? ''] ?? e.field} clock is nearly used up${after.dueAt ? ` (due ${formatTime(String(after.dueAt))})` : ''}`;
    case 'sla.breached':
      return `recorded an SLA breach: ${CLOCK[e.field ?? ''] ?? e.field} was due${after.dueAt ? ` ${formatTime(String(after.dueAt))}` : ''}`;
    case 'escalation.started':
      return `started the escalation ${policy}`;
    case 'escalation.step': {
      const paged = (after.paged as { people: { name: string }[] }[] | undefined) ?? [];
      const people = [...new Set(paged.flatMap((p) => p.people.map((x) => x.name)))];
      return `paged ${people.length ? people.join(', ') : 'nobody'} (step ${String(after.step)} of ${policy})`;
    }
    case 'escalation.deferred':
      return `held step ${String(after.step)} of ${policy} until ${after.until ? formatTime(String(after.until)) : 'the next opening'}, outside the client’s covered hours`;
    case 'escalation.acknowledged':
      return `acknowledged ${policy}${after.via && after.via !== 'api' ? ` by ${String(after.via) === 'sms' ? 'SMS reply' : String(after.via) === 'voice' ? 'keypress' : 'one-tap link'}` : ''}`;
    case 'escalation.escalated':
      return `escalated ${policy} to step ${String(after.step)}`;
    case 'escalation.ended':
      return `ended the escalation ${policy}${after.reason ? ` (${String(after.reason)})` : ''}`;
    default:
      return `${e.type.replace('.', ': ')}${e.field ? ` (${e.field})` : ''}`;
  }
}

const OUTCOME: Record<string, string> = { verified: 'verified', fraud: 'fraud', not_reachable: 'not reachable' };

/** The fraud guard's verify-by-phone steps, as the history tells them (staff only). */
function describeFraud(e: TicketEvent): string {
  const after = (e.after ?? {}) as Record<string, unknown>;
  const sender = (after.purportedSender ?? {}) as { name?: string | null; address?: string | null };
  const who = sender.name ?? sender.address ?? 'an unknown sender';
  switch (e.type) {
    case 'fraud.flagged':
      return after.source === 'staff' ? `flagged it verify by phone (claimed to be ${who})` : `flagged it verify by phone: the message from ${who} scored ${String(after.score)}`;
    case 'fraud.call_logged':
      return `logged the call-back to ${String(after.number)}${after.numberSource === 'found_elsewhere' ? ` (found: ${String(after.whereFound)})` : ' (on file)'}: ${OUTCOME[e.field ?? ''] ?? e.field}`;
    case 'fraud.warning_published':
      return 'warned the client’s users in their portal';
    case 'fraud.warning_changed':
      return (after.active as boolean) ? 'changed the warning to the client’s users' : 'ended the warning to the client’s users';
    default:
      return e.type.replace('.', ': ');
  }
}
