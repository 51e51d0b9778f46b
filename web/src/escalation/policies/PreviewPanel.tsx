/**
 * "Who would be paged now": the steps being built, resolved by the API with the engine's own code
 * (never guessed here), for no ticket or for one the owner names. Read again as the steps change.
 */
import { useEffect, useState } from 'react';
import { api, fieldError } from '../../platform/api';
import { formatMinutes, formatTime } from '../../platform/format';
import type { EscalationPreview } from '../../platform/types';
import { Field, Notice, Spinner } from '../../platform/ui';
import { delayLabel, METHOD_LABEL, targetLabel, type Step } from './policy-words';
import type { TargetNames } from './use-target-names';

type Person = EscalationPreview['steps'][number]['targets'][number]['people'][number];

function how(p: Person): string {
  if (p.emailFallback) return 'email to their account (no contact methods yet)';
  return p.methods.map((m) => `${METHOD_LABEL[m.method] ?? m.method}${m.delayMinutes ? ` after ${formatMinutes(m.delayMinutes)}` : ''}`).join(', then ');
}

export function PreviewPanel({ steps, names }: { steps: Step[]; names: TargetNames }) {
  const [ticket, setTicket] = useState('');
  const [asked, setAsked] = useState('');
  const [state, setState] = useState<{ data?: EscalationPreview; error?: unknown; loading: boolean }>({ loading: false });
  const ready = steps.length > 0 && steps.every((s) => s.targets.length > 0);
  const body = JSON.stringify({ steps, ...(asked ? { ticket: asked } : {}) });

  useEffect(() => {
    if (!ready) return;
    const controller = new AbortController();
    // A short pause, so typing a delay asks once, not for every digit.
    const timer = window.setTimeout(() => {
      setState((s) => ({ ...s, loading: true }));
      api<EscalationPreview>('POST', '/escalation-policies/preview', JSON.parse(body), { signal: controller.signal }).then(
        (data) => setState({ data, loading: false }),
        (error: unknown) => !controller.signal.aborted && setState((s) => ({ data: s.data, error, loading: false })),
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [body, ready]);

  const { data, error } = state;
  return (
    <aside className="card preview-panel" aria-labelledby="preview-title">
      <div className="preview-head">
        <h2 id="preview-title" className="card-title">
          Who would be paged now
        </h2>
        {state.loading && <Spinner label="Reading who would be paged" />}
      </div>
      <form
        className="preview-ticket"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(ticket.trim());
        }}
      >
        <Field label="For a ticket (optional)" hint="A ticket number answers for its assignee, team lead and account manager, and times each step in its covered hours." error={fieldError(error, '/ticket')}>
          <input type="text" value={ticket} onChange={(e) => setTicket(e.target.value)} placeholder="SB-1042" />
        </Field>
        <button type="submit" className="button small">
          Preview for this ticket
        </button>
      </form>
      {!ready && <p className="muted">Give every step someone to page to see who that is now.</p>}
      {error !== undefined && !fieldError(error, '/ticket') && <Notice>{(error as Error).message}</Notice>}
      {ready && data && (
        <>
          {data.deferredUntil && <Notice kind="info">This ticket is outside its covered hours: pages wait until {formatTime(data.deferredUntil)}.</Notice>}
          <ol className="preview-steps">
            {data.steps.map((s) => (
              <li key={s.step} className={s.nobody ? 'preview-nobody' : undefined}>
                <p className="preview-step-head">
                  <strong>Step {s.step}</strong> <span className="muted">· {s.dueAt ? `at ${formatTime(s.dueAt)}` : delayLabel(steps[s.step - 1] ?? steps[0])}</span>
                </p>
                {s.nobody && <p className="preview-warning">Nobody would be paged by this step now.</p>}
                <ul className="preview-targets">
                  {s.targets.map((t, i) => (
                    <li key={i}>
                      <span className="preview-target">{targetLabel(t.target, names)}</span>
                      {t.people.length === 0 ? (
                        <span className={t.needsTicket ? 'muted' : 'preview-warning'}> — {t.needsTicket ? 'decided by each ticket' : t.reason}</span>
                      ) : (
                        <ul className="preview-people">
                          {t.people.map((p) => (
                            <li key={p.id}>
                              <strong>{p.name}</strong> <span className="muted">by {how(p)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <p className="muted small">As of {formatTime(data.at)}{data.ticket ? ` for ticket ${asked}` : ''}. On-call schedules answer for this moment; a later step pages whoever holds them then.</p>
        </>
      )}
    </aside>
  );
}
