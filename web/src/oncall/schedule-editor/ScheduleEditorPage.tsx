/**
 * Creating and editing an on-call schedule: its name and time zone, its layers (bottom first: a
 * later layer wins where it applies), and for a saved schedule its overrides and swaps. Saving
 * replaces the layers whole; the API's field errors show on the layer and field they name.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, fieldError, newIdempotencyKey } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import { useDirectory } from '../../platform/directory';
import { Link, navigate } from '../../platform/router';
import type { OncallLayer, OncallSchedule, ScheduleBody } from '../../platform/types';
import { Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { TimeZoneInput } from '../../platform/time-zone-input';
import { LayerEditor } from './LayerEditor';
import { OverridesPanel } from './OverridesPanel';
import '../../platform/setup.css';
import './schedule-editor.css';

const today = () => new Date().toISOString().slice(0, 10);
const newLayer = (n: number): OncallLayer => ({ name: `Layer ${n}`, participants: [], shiftLength: 1, shiftUnit: 'weeks', handoffTime: '09:00', anchorDate: today(), restrictions: [] });

/** `canEdit`: owners, admins and service managers; others see the schedule and the API would refuse their changes. */
export function ScheduleEditorPage({ scheduleId, canEdit }: { scheduleId: string | null; canEdit: boolean }) {
  const loaded = useResource(scheduleId ? (signal) => api<OncallSchedule>('GET', `/oncall/schedules/${encodeURIComponent(scheduleId)}`, undefined, { signal }) : null, [scheduleId]);
  useEffect(() => {
    document.title = `${scheduleId ? 'On-call schedule' : 'New on-call schedule'} · Switchboard`;
  }, [scheduleId]);
  if (scheduleId && !loaded.data) {
    return loaded.error !== undefined ? <Notice>{(loaded.error as Error).message}</Notice> : <div className="loading-block"><Spinner label="Loading the schedule" /></div>;
  }
  return <Editor key={`${scheduleId ?? 'new'}:${loaded.data?.version ?? 0}`} schedule={loaded.data ?? null} onReload={loaded.reload} canEdit={canEdit} />;
}

function Editor({ schedule, onReload, canEdit }: { schedule: OncallSchedule | null; onReload: () => void; canEdit: boolean }) {
  const { staff } = useDirectory();
  const [name, setName] = useState(schedule?.name ?? '');
  const [timeZone, setTimeZone] = useState(schedule?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [layers, setLayers] = useState<OncallLayer[]>(schedule?.layers ?? [newLayer(1)]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);
  const [key] = useState(newIdempotencyKey);

  const setLayer = (i: number, change: Partial<OncallLayer>) => setLayers((ls) => ls.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body: ScheduleBody = { name, timeZone, layers: layers.map((l) => ({ ...l, name: l.name?.trim() || undefined, handoffDay: l.shiftUnit === 'weeks' ? l.handoffDay : undefined })) };
    try {
      if (schedule) {
        await api('PATCH', `/oncall/schedules/${encodeURIComponent(schedule.id)}`, body);
        onReload();
      } else {
        const created = await api<OncallSchedule>('POST', '/oncall/schedules', body, { idempotencyKey: key });
        navigate(`/oncall/schedules/${encodeURIComponent(created.id)}`, { replace: true });
      }
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const layerField = error instanceof ApiError && error.field?.startsWith('/layers/');
  const general = error && !layerField && !fieldError(error, '/name', '/timeZone') ? (error as Error).message : undefined;
  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to="/oncall">On call</Link>
          </p>
          <h1>{schedule ? schedule.name : 'New on-call schedule'}</h1>
          {schedule && <p className="muted page-sub">Version {schedule.version}. Changes apply from the moment they are saved: escalation steps page whoever the schedule names when they fire.</p>}
        </div>
      </div>
      {!canEdit && <Notice kind="info">Only an owner, admin or service manager changes on-call schedules.</Notice>}
      <form onSubmit={submit} noValidate aria-label="On-call schedule">
        {general && <Notice>{general}</Notice>}
        <section className="card setup-section">
          <div className="form-row">
            <Field label="Name" error={fieldError(error, '/name')}>
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} required placeholder="Nights and weekends" />
            </Field>
            <Field label="Time zone" hint="Hand-off times, dates and windows are read in this zone." error={fieldError(error, '/timeZone')}>
              <TimeZoneInput value={timeZone} onChange={(e) => setTimeZone(e.target.value)} required />
            </Field>
          </div>
        </section>
        <h2 className="editor-title">Layers</h2>
        <p className="muted small editor-lead">Bottom first: where a later layer applies (its windows), it wins over the ones above it.</p>
        {layers.map((layer, i) => (
          <LayerEditor key={i} index={i} layer={layer} onChange={(c) => setLayer(i, c)} onRemove={layers.length > 1 ? () => setRemoving(i) : undefined} staff={staff} error={error} disabled={busy || !canEdit} />
        ))}
        <div className="form-actions editor-actions">
          <button type="button" className="button" onClick={() => setLayers((ls) => [...ls, newLayer(ls.length + 1)])} disabled={busy || !canEdit || layers.length >= 10}>
            Add a layer
          </button>
          <span className="spacer" />
          <button type="submit" className="button primary" disabled={busy || !canEdit}>
            {busy ? 'Saving…' : schedule ? 'Save schedule' : 'Create schedule'}
          </button>
        </div>
      </form>
      {schedule && canEdit && <OverridesPanel schedule={schedule} onChanged={onReload} />}
      {removing !== null && (
        <ConfirmDialog
          title={`Remove ${layers[removing].name || `layer ${removing + 1}`}?`}
          confirmLabel="Remove layer"
          onConfirm={() => setLayers((ls) => ls.filter((_, j) => j !== removing))}
          onClose={() => setRemoving(null)}
          consequences={
            <>
              <p>Its people stop being on call through this layer once you save the schedule; the other layers decide who is on call then.</p>
              <p>Pages already sent stay as they were; escalation steps that fire later page whoever the schedule names then.</p>
            </>
          }
        />
      )}
    </div>
  );
}
