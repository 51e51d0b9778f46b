/**
 * A resolved incident's post-incident review: the draft written from the event log (timeline,
 * impact per client in covered minutes, what we did), edited by a person as Markdown, and its
 * action items — owner, due date — ticked off to done.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../platform/api';
import type { components } from '../platform/api-types';
import { useDirectory } from '../platform/directory';
import { Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';

type Review = components['schemas']['IncidentReview'];
type Action = components['schemas']['IncidentAction'];

export function IncidentReview({ incidentId }: { incidentId: string }) {
  const review = useResource((signal) => api<Review>('GET', `/incidents/${incidentId}/review`, undefined, { signal }), [incidentId]);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (review.error) return <Notice>{(review.error as Error).message}</Notice>;
  if (!review.data) return <Spinner label="Loading the review" />;
  const data = review.data;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const next = await api<Review>('PUT', `/incidents/${incidentId}/review`, { body: editing, version: data.version });
      review.mutate(() => next);
      setEditing(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="incident-review" aria-labelledby="review-title">
      <h3 id="review-title">Post-incident review</h3>
      {error ? <Notice>{error}</Notice> : null}
      {editing !== null ? (
        <form onSubmit={(e) => void save(e)} aria-label="Edit the review">
          <Field label="Review (Markdown)"><textarea value={editing} onChange={(e) => setEditing(e.target.value)} required /></Field>
          <div className="incident-actions-bar">
            <button type="submit" className="button primary">Save the review</button>
            <button type="button" className="button" onClick={() => setEditing(null)}>Cancel</button>
          </div>
        </form>
      ) : (
        <>
          {/* bodyHtml is rendered and sanitised by the server (as knowledge-base articles are). */}
          <div className="review-body" dangerouslySetInnerHTML={{ __html: data.bodyHtml }} />
          <button type="button" className="button" onClick={() => setEditing(data.body)}>Edit the review</button>
        </>
      )}
      <ActionItems incidentId={incidentId} actions={data.actions} onChange={(actions) => review.mutate((r) => (r ? { ...r, actions } : r))} />
    </section>
  );
}

function ActionItems({ incidentId, actions, onChange }: { incidentId: string; actions: Action[]; onChange: (actions: Action[]) => void }) {
  const directory = useDirectory();
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const staff = directory.staff ?? [];
  const name = (id: string | null) => staff.find((s) => s.id === id)?.name ?? 'unassigned';
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const made = await api<Action>('POST', `/incidents/${incidentId}/actions`, { title, assigneeId: assigneeId || null, dueOn: dueOn || null });
      onChange([...actions, made]);
      setTitle('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const toggle = async (a: Action) => {
    try {
      const next = await api<Action>('PATCH', `/incidents/${incidentId}/actions/${a.id}`, { done: !a.done });
      onChange(actions.map((x) => (x.id === a.id ? next : x)));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div aria-labelledby="actions-title">
      <h4 id="actions-title">Action items</h4>
      {error ? <Notice>{error}</Notice> : null}
      <ul className="action-items">
        {actions.map((a) => (
          <li key={a.id}>
            <input type="checkbox" checked={a.done} onChange={() => void toggle(a)} aria-label={`${a.title}: done`} />
            <span className={a.done ? 'done' : undefined}>{a.title}</span>
            <span className="muted small">{name(a.assigneeId)}{a.dueOn ? ` · due ${a.dueOn}` : ''}</span>
          </li>
        ))}
      </ul>
      <form className="incident-form" onSubmit={(e) => void add(e)} aria-label="Add an action item">
        <Field label="New action item"><input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={500} /></Field>
        <Field label="Owner">
          <select value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
            <option value="">Unassigned</option>
            {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>
        <Field label="Due"><input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} /></Field>
        <div><button type="submit" className="button">Add the action item</button></div>
      </form>
    </div>
  );
}
