/**
 * Saving a queue's filters as a named view, and changing or deleting the view being shown. Errors
 * from the API (a name already taken, a client that no longer exists) appear beside the field.
 */
import { useState, type FormEvent } from 'react';
import { navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import { ApiError } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';
import { queueHref, type QueueDef, type QueueFilters } from './queues';
import { sameFilters, toViewFilters, useViews, viewHref, type SavedView } from './views';

export function SaveViewForm({ queue, filters, onDone }: { queue: QueueDef; filters: QueueFilters; onDone: () => void }) {
  const { create } = useViews();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<ApiError | Error | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const view = await create({ name: name.trim(), queue: queue.id, filters: toViewFilters(filters), shared });
      onDone();
      navigate(viewHref(view), { replace: true });
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };
  const fieldError = error instanceof ApiError && error.field === '/name' ? error.message : undefined;

  return (
    <form className="save-view" onSubmit={(e) => void submit(e)} aria-label="Save this view">
      <Field label="View name" error={fieldError} hint="It appears under Views in the navigation, with its count.">
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required autoFocus placeholder="e.g. Harbour Legal P1s" />
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with the whole desk
      </label>
      {error && !fieldError && <Notice>{error.message}</Notice>}
      <div className="save-view-actions">
        <button className="button primary" type="submit" disabled={saving || !name.trim()}>
          {saving ? 'Saving…' : 'Save view'}
        </button>
        <button className="button ghost" type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** For the view being shown: save changed filters into it, or delete it (its owner; admins for shared views). */
export function ViewActions({ view, filters, session }: { view: SavedView; filters: QueueFilters; session: Session }) {
  const { update, remove } = useViews();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const mayChange = view.ownerUserId === session.user.id || session.user.role === 'owner' || session.user.role === 'admin';
  if (!mayChange) return null;
  const current = toViewFilters(filters);
  const changed = !sameFilters(current, view.filters);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="view-actions">
      {changed && (
        <button className="button" disabled={busy} onClick={() => void run(async () => navigate(viewHref(await update(view.id, { filters: current })), { replace: true }))}>
          Save changes to “{view.name}”
        </button>
      )}
      <button
        className="button ghost"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            if (!window.confirm(`Delete the view “${view.name}”?${view.shared ? ' Everyone on the desk loses it.' : ''}`)) return;
            await remove(view.id);
            navigate(queueHref(view.queue), { replace: true });
          })
        }
      >
        Delete view
      </button>
      {error && <Notice>{error}</Notice>}
    </div>
  );
}
