/**
 * The ticket's SLA clocks, each with its due countdown, the covered time used against the target,
 * and the API's own explanation of how the due time was reached (GET /tickets/{id}/sla).
 */
import { useEffect, useRef } from 'react';
import { api } from '../platform/api';
import { formatMinutes, formatUsedMinutes } from '../platform/format';
import type { SlaClock, TicketSla } from '../platform/types';
import { useNow } from '../platform/use-now';
import { useResource } from '../platform/use-api';
import { DueBadge } from '../platform/due-badge';
import { targetWords, warningText } from './calendar-words';

const CLOCK_NAME: Record<string, string> = { first_response: 'First response', next_reply: 'Next reply', resolution: 'Resolution' };
const ORDER: Record<string, number> = { first_response: 0, next_reply: 1, resolution: 2 };

export function clockName(c: Pick<SlaClock, 'clock' | 'cycle'>): string {
  return `${CLOCK_NAME[c.clock] ?? c.clock}${c.clock === 'next_reply' ? ` #${c.cycle}` : ''}`;
}

interface Props {
  ticketId: string;
  /** Changes whenever the ticket does: the clocks are read again. */
  refreshKey: string;
}

export function SlaPanel({ ticketId, refreshKey }: Props) {
  const sla = useResource((signal) => api<TicketSla>('GET', `/tickets/${encodeURIComponent(ticketId)}/sla`, undefined, { signal }), [ticketId]);
  const { reload } = sla;
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reload();
  }, [refreshKey, reload]);

  if (!sla.data) return null;
  const { contract, policy, explanation } = sla.data;
  const clocks = [...sla.data.clocks].sort((a, b) => (ORDER[a.clock] ?? 9) - (ORDER[b.clock] ?? 9) || a.cycle - b.cycle);

  if (!contract || !policy || clocks.length === 0) {
    return (
      <section className="card sla-panel sla-panel-empty" aria-labelledby="sla-title">
        <h2 id="sla-title" className="card-title">
          SLA
        </h2>
        <p className="muted small">{explanation}</p>
      </section>
    );
  }

  return (
    <section className="card sla-panel" aria-labelledby="sla-title">
      <div className="sla-panel-head">
        <h2 id="sla-title" className="card-title">
          SLA
        </h2>
        <span className="muted small">
          {contract.name} · {policy.name} · {warningText(policy).toLowerCase()}
        </span>
      </div>
      <ul className="sla-clocks">
        {clocks.map((c) => (
          <ClockTile key={`${c.clock}-${c.cycle}`} clock={c} />
        ))}
      </ul>
      <p className="sla-footnote muted small">{explanation}</p>
    </section>
  );
}

/**
 * How far along the clock is. A stopped or paused clock: covered time used against the target.
 * A running one: how much of the wall time from its start to its due time has gone, which moves
 * with the countdown (the API's elapsedMinutes is as of the ticket's last change, not now).
 */
function progress(clock: SlaClock, now: number): number {
  if (clock.status === 'running' && clock.dueAt) {
    const start = Date.parse(clock.startedAt);
    const due = Date.parse(clock.dueAt);
    return due > start ? Math.max(0, Math.min(1, (now - start) / (due - start))) : 1;
  }
  return clock.targetMinutes > 0 ? Math.max(0, Math.min(1, clock.elapsedMinutes / clock.targetMinutes)) : 1;
}

function ClockTile({ clock }: { clock: SlaClock }) {
  const now = useNow(30_000);
  const used = progress(clock, now);
  const name = clockName(clock);
  const breached = clock.breached || (clock.status === 'running' && clock.dueAt !== null && Date.parse(clock.dueAt) <= now);
  const state = clock.status === 'running' ? (breached ? 'breached' : 'running') : clock.status;
  const paused = clock.pausedMinutes > 0 ? ` · paused ${formatMinutes(clock.pausedMinutes)}` : '';
  return (
    <li className={`sla-clock sla-${state}`} data-clock={clock.clock}>
      <div className="sla-clock-head">
        <h3 className="sla-clock-name">{name}</h3>
        {clock.status === 'running' ? (
          <DueBadge dueAt={clock.dueAt} label={`${name} due`} />
        ) : (
          <span className={`pill sla-state sla-state-${clock.status}`}>{{ paused: 'Paused', met: 'Met', missed: 'Missed' }[clock.status] ?? clock.status}</span>
        )}
      </div>
      <div className="sla-meter" role="progressbar" aria-label={clock.status === 'running' ? `${name}: time gone towards the due time` : `${name}: covered time used of the target`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(used * 100)}>
        <span className="sla-meter-fill" style={{ width: `${(used * 100).toFixed(1)}%` }} />
      </div>
      <p className="sla-numbers">
        {clock.status === 'running' || clock.status === 'paused' ? (
          <>
            <strong>{clock.businessDays ? targetWords(clock.businessDays) : formatMinutes(clock.targetMinutes)}</strong> target{clock.businessDays ? ` (${formatMinutes(clock.targetMinutes)} covered)` : ''}
            {clock.status === 'paused' ? `, ${formatUsedMinutes(clock.elapsedMinutes)} used` : ''}
          </>
        ) : (
          <>
            {clock.status === 'met' ? 'Met' : 'Missed'} after <strong>{formatUsedMinutes(clock.elapsedMinutes)}</strong> of {formatMinutes(clock.targetMinutes)}
          </>
        )}
        <span className="muted">
          {paused} · {clock.priority} · {clock.calendar.name}
        </span>
      </p>
      {clock.status === 'running' && clock.dueAtLocal && <p className="sla-due">Due {clock.dueAtLocal}</p>}
      <p className="sla-explanation">{clock.explanation}</p>
    </li>
  );
}
