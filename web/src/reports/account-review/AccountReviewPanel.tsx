/**
 * A client's account review on its page (staff, for the account manager): the last quarter's SLA
 * attainment, CSAT, goodwill given and hours against contract value, from the reports API.
 */
import { api } from '../../platform/api';
import type { components } from '../../platform/api-types';
import { formatHours, formatMoney } from '../../platform/money';
import { Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import '../reports.css';

type Review = components['schemas']['AccountReview'];
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
const CLOCKS: Record<string, string> = { first_response: 'First response', next_reply: 'Next reply', resolution: 'Resolution' };

export function AccountReviewPanel({ organizationId }: { organizationId: string }) {
  const review = useResource((signal) => api<Review>('GET', `/organizations/${encodeURIComponent(organizationId)}/account-review`, undefined, { signal }), [organizationId]);
  const r = review.data;
  return (
    <section className="card setup-card account-review" aria-labelledby="account-review-title">
      <h2 id="account-review-title" className="card-title">Account review{r && <span className="muted small"> · {r.from.slice(0, 10)} to {r.to.slice(0, 10)} (last quarter, end excluded)</span>}</h2>
      {review.error !== undefined && <Notice>{(review.error as Error).message}</Notice>}
      {r && (
        <dl className="review-figures">
          {r.sla.map((s) => (
            <div key={s.clock}><dt>{CLOCKS[s.clock] ?? s.clock} within SLA</dt><dd>{pct(s.attainmentPercent)} <span className="muted small">({s.met} met, {s.missed} missed)</span></dd></div>
          ))}
          {r.sla.length === 0 && <div><dt>SLA</dt><dd className="muted">No clocks in the quarter</dd></div>}
          <div><dt>Client satisfaction</dt><dd>{pct(r.csat.csatPercent)} <span className="muted small">({r.csat.good} good of {r.csat.ratings})</span></dd></div>
          <div><dt>Goodwill given</dt><dd>{r.goodwill.length === 0 ? 'None' : r.goodwill.map((g) => `${formatHours(g.minutes)} worth ${formatMoney(g.valueMinor, g.currency)}`).join('; ')}</dd></div>
          {r.contracts.map((c) => (
            <div key={c.currency}><dt>Hours against contract value</dt><dd>{formatHours(c.minutesWorked)} worked (worth {formatMoney(c.workedValueMinor, c.currency)}) for {formatMoney(c.contractValueMinor, c.currency)}</dd></div>
          ))}
        </dl>
      )}
    </section>
  );
}
