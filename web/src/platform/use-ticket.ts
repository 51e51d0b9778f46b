/** A ticket with its messages and event log, refreshed live when anything about it changes. */
import { api, apiAll } from './api';
import { useLiveRefresh } from './stream';
import type { Message, Ticket, TicketEvent } from './types';
import { useResource, type Resource } from './use-api';

export interface TicketData {
  ticket: Ticket;
  messages: Message[];
  events: TicketEvent[];
}

export function useTicket(ref: string, withEvents = true): Resource<TicketData> {
  const resource = useResource(async (signal) => {
    const ticket = await api<Ticket>('GET', `/tickets/${encodeURIComponent(ref)}`, undefined, { signal });
    const [messages, events] = await Promise.all([
      apiAll<Message>(`/tickets/${ticket.id}/messages`),
      withEvents ? apiAll<TicketEvent>(`/tickets/${ticket.id}/events`) : Promise.resolve([]),
    ]);
    return { ticket, messages, events };
  }, [ref, withEvents]);
  const id = resource.data?.ticket.id;
  // A page's delivery status shows only in the escalation panel, which reads it itself.
  useLiveRefresh(resource.reload, (event) => event.ticketId === id && event.type !== 'escalation.page');
  return resource;
}
