/**
 * "How did we do?" on a resolved request: good, okay or bad with one click, and an optional
 * comment; the client can change the rating while the survey is open. Hidden until the request is
 * resolved (the server offers the survey then).
 */
import { useState } from 'react';
import { api, formError } from '../../platform/api';
import { formatFull } from '../../platform/format';
import type { TicketRating } from '../../platform/types';
import { Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';

const CHOICES = [
  { value: 'good', label: 'Good' },
  { value: 'okay', label: 'Okay' },
  { value: 'bad', label: 'Bad' },
] as const;
type Choice = (typeof CHOICES)[number]['value'];

export function RatingCard({ ticketId, status }: { ticketId: string; status: string }) {
  const rating = useResource((signal) => api<TicketRating>('GET', `/tickets/${ticketId}/rating`, undefined, { signal }), [ticketId, status]);
  const [comment, setComment] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const data = rating.data;
  if (!data?.offered) return null;

  const send = async (value: Choice) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api<TicketRating>('PUT', `/tickets/${ticketId}/rating`, { rating: value, comment: comment ?? data.comment });
      rating.mutate(() => saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const general = formError(error, []);
  return (
    <section className="card rating-card" aria-labelledby="rating-title">
      <h2 id="rating-title">How did we do?</h2>
      {!data.open ? (
        <p className="muted">{data.rating ? `You rated this request “${data.rating}”. Thank you.` : 'Rating for this request has closed.'}</p>
      ) : (
        <>
          <p className="muted small">{data.rating ? `You rated this “${data.rating}”. You can change it until ${formatFull(data.closesAt!)}.` : 'One click tells us; a comment helps us do better.'}</p>
          <label className="rating-comment">
            <span>Comment (optional)</span>
            <textarea rows={2} maxLength={2000} value={comment ?? data.comment ?? ''} onChange={(e) => setComment(e.target.value)} />
          </label>
          <div className="rating-choices" role="group" aria-label="Your rating">
            {CHOICES.map((c) => (
              <button key={c.value} type="button" className="button rating-choice" aria-pressed={data.rating === c.value} disabled={busy} onClick={() => void send(c.value)}>
                {c.label}
              </button>
            ))}
          </div>
          {general && <Notice>{general}</Notice>}
        </>
      )}
    </section>
  );
}
