/**
 * The ticket's escalation ladders: their state, each step with who it pages and when, who was
 * paged and why (the `escalation.step` events) with every page's delivery status, Acknowledge —
 * one large tap on a phone — and "Escalate to step N".
 */
import { useEffect, useRef, useState } from 'react';
import { useDirectory } from '../platform/directory';
import { ApiError, api } from '../platform/api';
import { formatFull, formatMinutes, formatRelativeSpan, formatTime } from '../platform/format';
import { useShortcuts } from '../platform/keyboard';
import { useLiveRefresh } from '../platform/stream';
import type { EscalationStep, EscalationTarget, Escalations, Ladder, PageSent, StepEventData, TicketEvent } from '../platform/types';
import { Notice } from '../platform/ui';
import { useNow } from '../platform/use-now';
import { useResource } from '../platform/use-api';
import { scheduleNames } from './schedule-names';

// Every role the API may name (the compiler holds this to the generated type).
const ROLE: Record<Extract<EscalationTarget, { type: 'role' }>['role'], string> = { assignee: 'the assignee', team_lead: 'the team lead', service_manager: 'the service managers', owner: 'the owner', account_manager: 'the client’s account manager' };
const PAGE_STATUS: Record<string, string> = { queued: 'queued', sending: 'sending', sent: 'sent', delivered: 'delivered', failed: 'failed', cancelled: 'withdrawn' };
const METHOD: Record<string, string> = { email: 'Email', sms: 'SMS', voice: 'Voice call', webhook: 'Webhook', slack: 'Slack', teams: 'Teams' };

interface Props {
  ticketId: string;
  events: TicketEvent[];
  /** Changes whenever the ticket does: the ladders are read again. */
  refreshKey: string;
  /** After an acknowledgement or escalation, so the timeline shows it. */
  onChanged: () => void;
}

export function EscalationPanel({ ticketId, events, refreshKey, onChanged }: Props) {
  const directory = useDirectory();
  const escalations = useResource((signal) => api<Escalations>('GET', `/tickets/${encodeURIComponent(ticketId)}/escalations`, undefined, { signal }), [ticketId]);
  const { reload, data } = escalations;
  const [busy, setBusy] = useState<'ack' | 'escalate' | null>(null);
  const [error, setError] = useState<string>();
  const [schedules, setSchedules] = useState<Map<string, string>>(new Map());
  const ackRef = useRef<HTMLButtonElement>(null);
  const now = useNow(15_000);

  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reload();
  }, [refreshKey, reload]);

  // Steps the engine takes, acknowledgements from a phone and each page's delivery arrive as live
  // events; the ticket (with its "why paged" events) reloads on its own.
  useLiveRefresh(reload, (event) => event.ticketId === ticketId && event.type.startsWith('escalation.'));

  const ladders = data?.items ?? [];
  const active = ladders.filter((l) => l.state === 'active');

  const needsSchedules = ladders.some((l) => l.steps.some((s) => s.targets.some((t) => t.type === 'schedule')));
  useEffect(() => {
    if (needsSchedules) void scheduleNames().then(setSchedules);
  }, [needsSchedules]);

  const acknowledge = async () => {
    if (busy) return;
    setBusy('ack');
    setError(undefined);
    try {
      await api('POST', `/tickets/${encodeURIComponent(ticketId)}/acknowledge`);
    } catch (e) {
      // Someone else acknowledged a moment ago: the reload below shows who.
      if (!(e instanceof ApiError && e.code === 'nothing_to_acknowledge')) setError((e as Error).message);
    } finally {
      setBusy(null);
      reload();
      onChanged();
    }
  };

  const escalate = async (step: number) => {
    if (busy) return;
    setBusy('escalate');
    setError(undefined);
    try {
      await api('POST', `/tickets/${encodeURIComponent(ticketId)}/escalate`, { step });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
      reload();
      onChanged();
    }
  };

  useShortcuts({ A: () => (active.length ? void acknowledge() : false) });

  if (!data || ladders.length === 0) return null;

  const target = (t: EscalationTarget): string => {
    if (t.type === 'user') return directory.userName(t.userId) ?? 'a named person';
    if (t.type === 'role') return ROLE[t.role] ?? t.role;
    return `whoever is on call on ${schedules.get(t.scheduleId) ?? 'a schedule'}`;
  };
  /** "The team lead", "The service managers and whoever is on call on Nights". */
  const targets = (list: EscalationTarget[]): string => {
    const words = list.map(target);
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const stepEvents = events.filter((e) => e.type === 'escalation.step').map((e) => ({ at: e.at, data: e.after as StepEventData }));
  const deferrals = events.filter((e) => e.type === 'escalation.deferred').map((e) => ({ at: e.at, data: e.after as { escalationId: string; step: number; until: string; reason: string } }));
  const climbable = ladders.filter((l) => l.state !== 'ended').at(-1);
  const paging = active.length > 0;
  const lastPage = stepEvents.filter((s) => active.some((l) => l.id === s.data.escalationId)).at(-1);
  const paged = lastPage ? [...new Set(lastPage.data.paged.flatMap((p) => p.people.map((x) => x.name)))] : [];

  return (
    <section className={`card escalation-panel${paging ? ' is-paging' : ''}`} aria-labelledby="escalation-title">
      <h2 id="escalation-title" className="card-title">
        Escalation
      </h2>
      {paging && (
        <div className="ack-bar">
          <div className="ack-text">
            <strong className="ack-headline">{lastPage ? `Paging ${paged.join(', ') || 'nobody'}` : 'Escalation running'}</strong>
            <span className="ack-sub">
              {lastPage ? `Step ${lastPage.data.step} of “${lastPage.data.policy}” went out ${formatRelativeSpan(lastPage.at, now)}.` : `“${active[0].policy}” started ${formatRelativeSpan(active[0].startedAt, now)}.`}{' '}
              {active[0].nextStep && active[0].nextStepAt
                ? Date.parse(active[0].nextStepAt) <= now
                  ? `Step ${active[0].nextStep} is going out now.`
                  : `Step ${active[0].nextStep} follows ${formatRelativeSpan(active[0].nextStepAt, now)} unless someone acknowledges.`
                : 'No further steps; it stays open until acknowledged or resolved.'}
            </span>
          </div>
          <button ref={ackRef} type="button" className="button danger ack-button" onClick={() => void acknowledge()} disabled={busy !== null} aria-keyshortcuts="Shift+A">
            {busy === 'ack' ? 'Acknowledging…' : 'Acknowledge'}
          </button>
        </div>
      )}
      {error && <Notice>{error}</Notice>}
      {ladders.map((ladder) => (
        <LadderView
          key={ladder.id}
          ladder={ladder}
          now={now}
          targets={targets}
          runs={stepEvents.filter((s) => s.data.escalationId === ladder.id)}
          deferrals={deferrals.filter((d) => d.data.escalationId === ladder.id)}
          pages={data.notifications.filter((n) => n.escalationId === ladder.id)}
          acknowledgedBy={directory.userName(ladder.acknowledgedBy)}
        />
      ))}
      {climbable && <EscalateForm key={`${climbable.id}:${climbable.nextStep}`} ladder={climbable} busy={busy === 'escalate'} onEscalate={(n) => void escalate(n)} />}
    </section>
  );
}

function delayText(step: EscalationStep): string {
  if (step.delayMinutes === 0) return step.from === 'trigger' ? 'at once' : 'right after the previous step';
  return `${formatMinutes(step.delayMinutes)}${step.delayKind === 'business' ? ' of covered time' : ''} after ${step.from === 'trigger' ? 'the start' : 'the previous step'}`;
}

interface LadderProps {
  ladder: Ladder;
  now: number;
  targets: (t: EscalationTarget[]) => string;
  runs: { at: string; data: StepEventData }[];
  deferrals: { at: string; data: { step: number; until: string; reason: string } }[];
  pages: PageSent[];
  acknowledgedBy: string | undefined;
}

function LadderView({ ladder, now, targets, runs, deferrals, pages, acknowledgedBy }: LadderProps) {
  const state = ladder.state === 'active' ? 'Paging' : ladder.state === 'acknowledged' ? 'Acknowledged' : ladder.state === 'ended' ? 'Ended' : ladder.state;
  return (
    <div className={`ladder ladder-${ladder.state}`} data-ladder={ladder.id}>
      <div className="ladder-head">
        <span className="ladder-policy">{ladder.policy}</span>
        <span className={`pill ladder-state ladder-state-${ladder.state}`}>{state}</span>
        <span className="muted small">
          started <time title={formatFull(ladder.startedAt)}>{formatTime(ladder.startedAt)}</time> · {ladder.trigger === 'created' ? 'on a new ticket' : `on ${ladder.trigger.replace('sla.', 'SLA ')}`}
          {ladder.round > 1 ? ` · round ${ladder.round}` : ''}
        </span>
      </div>
      {ladder.state === 'acknowledged' && ladder.acknowledgedAt && (
        <p className="ladder-ack">
          ✓ Acknowledged by <strong>{acknowledgedBy ?? 'someone'}</strong> <time title={formatFull(ladder.acknowledgedAt)}>{formatRelativeSpan(ladder.acknowledgedAt, now)}</time>
        </p>
      )}
      <ol className="ladder-steps">
        {ladder.steps.map((step, i) => {
          const n = i + 1;
          const fired = runs.filter((r) => r.data.step === n);
          const deferred = ladder.state === 'active' && ladder.nextStep === n ? deferrals.filter((d) => d.data.step === n).at(-1) : undefined;
          const next = ladder.state === 'active' && ladder.nextStep === n;
          const status = next ? 'next' : fired.length ? 'paged' : 'waiting';
          return (
            <li key={n} className={`ladder-step step-${status}`}>
              <span className="step-marker" aria-hidden="true">
                {fired.length && !next ? '✓' : n}
              </span>
              <div className="step-body">
                <p className="step-line">
                  <span className="visually-hidden">Step {n}: </span>
                  <strong>{targets(step.targets)}</strong>
                  <span className="muted"> · {delayText(step)}</span>
                  {!step.requiresAck && <span className="pill step-fyi">for information</span>}
                </p>
                {next && ladder.nextStepAt && (
                  <p className="step-next-at">
                    {Date.parse(ladder.nextStepAt) <= now ? (
                      'Paging now'
                    ) : (
                      <>
                        Pages <time title={formatFull(ladder.nextStepAt)}>{formatRelativeSpan(ladder.nextStepAt, now)}</time> ({formatTime(ladder.nextStepAt)})
                      </>
                    )}
                    {deferred && <> · waiting for covered hours until {formatTime(deferred.data.until)}</>}
                  </p>
                )}
                {fired.map((run) => (
                  <div key={run.at} className="step-run">
                    <p className="step-run-head">
                      Paged <time title={formatFull(run.at)}>{formatTime(run.at)}</time>
                      {run.data.round > 1 ? ` (round ${run.data.round})` : ''} <span className="muted">· {run.data.delay}</span>
                    </p>
                    <ul className="paged-people">
                      {run.data.paged.flatMap((p) =>
                        p.people.length === 0
                          ? [
                              <li key={`${JSON.stringify(p.target)}-none`} className="paged-none">
                                Nobody to page — {p.reason}
                              </li>,
                            ]
                          : p.people.map((person) => {
                              const sent = pages.filter((x) => x.step === n && x.round === run.data.round && x.recipientUserId === person.id);
                              return (
                                <li key={`${JSON.stringify(p.target)}-${person.id}`}>
                                  <span className="paged-name">{person.name}</span> <span className="paged-why">— {p.reason}</span>
                                  {sent.length > 0 && (
                                    <span className="paged-pages">
                                      {sent.map((x) => (
                                        <span key={x.id} className={`page-chip page-${x.status}`} title={`${METHOD[x.method] ?? x.method} to ${x.address}${x.lastError ? ` — ${x.lastError}` : ''}`}>
                                          {METHOD[x.method] ?? x.method} {PAGE_STATUS[x.status] ?? x.status}
                                          {x.sentAt ? ` ${formatTime(x.sentAt)}` : ''}
                                        </span>
                                      ))}
                                    </span>
                                  )}
                                </li>
                              );
                            }),
                      )}
                    </ul>
                  </div>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function EscalateForm({ ladder, busy, onEscalate }: { ladder: Ladder; busy: boolean; onEscalate: (step: number) => void }) {
  const [step, setStep] = useState(() => Math.min(ladder.steps.length, ladder.nextStep ?? ladder.steps.length));
  return (
    <form
      className="escalate-form"
      onSubmit={(e) => {
        e.preventDefault();
        onEscalate(step);
      }}
    >
      <label className="inline-select">
        <span>Page now:</span>
        <select value={step} onChange={(e) => setStep(Number(e.target.value))} aria-label="Step to escalate to">
          {ladder.steps.map((_, i) => (
            <option key={i} value={i + 1}>
              Step {i + 1}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button small" disabled={busy}>
        {busy ? 'Escalating…' : `Escalate to step ${step}`}
      </button>
    </form>
  );
}
