/** The ticket's fields, each changed in place (status, priority, assignee, team, tier, FCR). */
import { cloneElement, useImperativeHandle, useRef, useState, type ReactElement, type ReactNode, type Ref } from 'react';
import type { Session } from '../../platform/session';
import { useDirectory } from '../../platform/directory';
import { ApiError, api } from '../../platform/api';
import { PRIORITIES, STATUSES, type ApiAnswer, type Ticket } from '../../platform/types';
import { useResource } from '../../platform/use-api';
import { FCR_LABEL, PRIORITY_LABEL, STATUS_LABEL, TIER_LABEL } from '../../platform/labels';

type ResolveBlocks = ApiAnswer<'/api/v1/tickets/{id}/resolve-blocks', 'get'>;

export type DetailField = 'status' | 'priority' | 'assigneeId' | 'teamId' | 'tier' | 'fcrOutcome' | 'businessCritical';

export interface DetailsHandle {
  focus(field: DetailField): void;
}

interface Props {
  ticket: Ticket;
  session: Session;
  /** Changes with any change to the ticket or its history: what holds it open is read again. */
  refreshKey: string;
  /** Called after every change, with the ticket as saved when the change succeeded. */
  onChanged: (saved?: Ticket) => void;
  ref?: Ref<DetailsHandle>;
}

export function TicketDetails({ ticket, session, refreshKey, onChanged, ref }: Props) {
  const directory = useDirectory();
  // What holds the ticket open (a call-back to log first): resolving and closing wait for it.
  const blocks = useResource((signal) => api<ResolveBlocks>('GET', `/tickets/${encodeURIComponent(ticket.id)}/resolve-blocks`, undefined, { signal }), [ticket.id, refreshKey]).data?.items ?? [];
  const blocked = blocks.length > 0;
  const [errors, setErrors] = useState<Partial<Record<DetailField, string>>>({});
  const [saving, setSaving] = useState<DetailField | null>(null);
  const controls = useRef<Partial<Record<DetailField, HTMLSelectElement | HTMLInputElement | null>>>({});

  useImperativeHandle(ref, () => ({ focus: (field) => controls.current[field]?.focus() }));

  const change = async (field: DetailField, value: unknown) => {
    setSaving(field);
    setErrors((e) => ({ ...e, [field]: undefined }));
    let saved: Ticket | undefined;
    try {
      saved = await api<Ticket>('PATCH', `/tickets/${ticket.id}`, { [field]: value, version: ticket.version });
    } catch (error) {
      const message =
        error instanceof ApiError && error.code === 'version_conflict'
          ? 'Someone changed this ticket a moment ago. It has been reloaded; choose again.'
          : (error as Error).message;
      setErrors((e) => ({ ...e, [field]: message }));
    } finally {
      setSaving(null);
      onChanged(saved);
    }
  };

  const staff = [...directory.staff].filter((u) => !u.disabled).sort((a, b) => a.name.localeCompare(b.name));
  const closed = ticket.status === 'closed' || ticket.mergedIntoId !== null;
  // Staff read every field; the API leaves the staff-only ones out only for clients.
  const tier = ticket.tier ?? 1;
  const bind = (field: DetailField) => (el: HTMLSelectElement | HTMLInputElement | null) => void (controls.current[field] = el);

  return (
    <section className="details card" aria-labelledby="details-title">
      <h2 id="details-title" className="card-title">
        Details
      </h2>
      <Row label="Status" field="status" error={errors.status} saving={saving}>
        <select ref={bind('status')} value={ticket.status} disabled={closed} onChange={(e) => void change('status', e.target.value)} aria-keyshortcuts="s">
          {STATUSES.map((s) => (
            <option key={s} value={s} disabled={blocked && (s === 'resolved' || s === 'closed') && s !== ticket.status}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </Row>
      <Row label="Priority" field="priority" error={errors.priority} saving={saving}>
        <select ref={bind('priority')} value={ticket.priority} disabled={closed} onChange={(e) => void change('priority', e.target.value)} aria-keyshortcuts="p">
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABEL[p]}
            </option>
          ))}
        </select>
      </Row>
      <Row label="Assignee" field="assigneeId" error={errors.assigneeId} saving={saving}>
        <select ref={bind('assigneeId')} value={ticket.assigneeId ?? ''} disabled={closed} onChange={(e) => void change('assigneeId', e.target.value || null)} aria-keyshortcuts="a">
          <option value="">Unassigned</option>
          <option value={session.user.id}>Me ({session.user.name})</option>
          {staff
            .filter((u) => u.id !== session.user.id)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
                {u.tier ? ` · T${u.tier}` : ''}
              </option>
            ))}
        </select>
      </Row>
      <Row label="Team" field="teamId" error={errors.teamId} saving={saving}>
        <select ref={bind('teamId')} value={ticket.teamId ?? ''} disabled={closed} onChange={(e) => void change('teamId', e.target.value || null)}>
          <option value="">No team</option>
          {directory.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </Row>
      <Row label="Tier" field="tier" error={errors.tier} saving={saving}>
        <select ref={bind('tier')} value={tier} disabled={closed} onChange={(e) => void change('tier', Number(e.target.value))} aria-keyshortcuts="e">
          {[1, 2, 3].map((t) => (
            <option key={t} value={t}>
              {TIER_LABEL[t]}
            </option>
          ))}
        </select>
      </Row>
      <Row label="First contact" field="fcrOutcome" error={errors.fcrOutcome} saving={saving}>
        <select ref={bind('fcrOutcome')} value={ticket.fcrOutcome ?? ''} disabled={closed} onChange={(e) => void change('fcrOutcome', e.target.value || null)}>
          <option value="">Not recorded</option>
          <option value="resolved_first_contact">{FCR_LABEL.resolved_first_contact}</option>
          <option value="not_first_contact">{FCR_LABEL.not_first_contact}</option>
        </select>
      </Row>
      <div className="detail-row detail-check">
        <label>
          <input ref={bind('businessCritical')} type="checkbox" checked={ticket.businessCritical ?? false} disabled={closed} onChange={(e) => void change('businessCritical', e.target.checked)} /> Business critical
        </label>
        {errors.businessCritical && (
          <p className="field-error" role="alert">
            {errors.businessCritical}
          </p>
        )}
      </div>
      {!closed && (
        <div className="detail-actions">
          {ticket.assigneeId !== session.user.id && (
            <button className="button" onClick={() => void change('assigneeId', session.user.id)}>
              Assign to me
            </button>
          )}
          {tier < 3 && (
            <button className="button" onClick={() => void change('tier', tier + 1)}>
              Escalate to tier {tier + 1}
            </button>
          )}
          {ticket.status !== 'resolved' && (
            <button className="button success" disabled={blocked} aria-describedby={blocked ? 'resolve-blocked' : undefined} onClick={() => void change('status', 'resolved')}>
              Resolve
            </button>
          )}
        </div>
      )}
      {blocked && !closed && (
        <p className="resolve-blocked" id="resolve-blocked">
          {blocks.map((b) => b.message).join(' ')}
        </p>
      )}
    </section>
  );
}

function Row({ label, field, error, saving, children }: { label: string; field: DetailField; error?: string; saving: DetailField | null; children: ReactNode }) {
  const id = `detail-${field}`;
  const errorId = `${id}-error`;
  return (
    <div className={`detail-row${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {saving === field && <span className="saving"> · saving…</span>}
      </label>
      <DetailControl id={id} errorId={error ? errorId : undefined}>
        {children}
      </DetailControl>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Gives the single child control its id and error description. */
function DetailControl({ id, errorId, children }: { id: string; errorId?: string; children: ReactNode }) {
  return cloneElement(children as ReactElement<Record<string, unknown>>, { id, 'aria-invalid': errorId ? true : undefined, 'aria-describedby': errorId });
}
