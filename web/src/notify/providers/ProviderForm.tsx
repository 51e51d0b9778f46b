/**
 * Adding or changing a delivery provider: its kind's settings as fields, the API's field errors
 * (`/settings/host`) beside them. Credentials are never shown back; on a change an empty credential
 * keeps the stored one.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { Dialog } from '../../platform/dialog';
import type { ApiAnswer } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { KINDS, settingsFrom, type FieldView, type Kind } from './provider-kinds';

export type ProviderDetail = ApiAnswer<'/api/v1/providers/{id}', 'get'>;
type Values = Record<string, string | boolean | string[]>;

function initialValues(fields: readonly FieldView[], detail?: ProviderDetail): Values {
  const values: Values = {};
  for (const f of fields) {
    const v = detail?.settings[f.key];
    values[f.key] = f.type === 'checkbox' ? v === true : f.type === 'methods' ? (Array.isArray(v) ? v : ['sms', 'voice']) : v === undefined || f.type === 'password' ? '' : String(v);
  }
  return values;
}

export function ProviderForm({ detail, onClose, onSaved }: { detail?: ProviderDetail; onClose: () => void; onSaved: () => void }) {
  const [kind, setKind] = useState<Kind>((detail?.kind as Kind) ?? 'smtp');
  const spec = KINDS.find((k) => k.kind === kind)!;
  const [name, setName] = useState(detail?.name ?? '');
  const [position, setPosition] = useState(String(detail?.position ?? 0));
  const [enabled, setEnabled] = useState(detail?.enabled ?? true);
  const [values, setValues] = useState<Values>(() => initialValues(spec.fields, detail));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const chooseKind = (k: Kind) => {
    setKind(k);
    setValues(initialValues(KINDS.find((x) => x.kind === k)!.fields));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const settings = settingsFrom(spec.fields, values, detail?.settings);
    try {
      if (detail) await api('PATCH', `/providers/${encodeURIComponent(detail.id)}`, { name, position: Number(position) || 0, enabled, settings });
      else await api('POST', '/providers', { name, kind, position: Number(position) || 0, enabled, settings }, { idempotencyKey: key });
      onSaved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const shown = ['/name', '/kind', '/position', ...spec.fields.map((f) => `/settings/${f.key}`)];
  return (
    <Dialog title={detail ? `Change ${detail.name}` : 'Add a delivery provider'} onClose={onClose} wide lead={detail ? 'Credentials are not shown; leave them empty to keep the stored ones.' : 'Credentials are stored encrypted and never shown again.'}>
      {detail && !detail.settingsReadable && <Notice kind="info">Its settings were stored under another secret key (SWITCHBOARD_SECRET_KEY) and cannot be read: give them all again.</Notice>}
      {formError(error, shown) && <Notice>{formError(error, shown)}</Notice>}
      <form onSubmit={submit} noValidate className="provider-form">
        <div className="form-row">
          <Field label="Kind" error={fieldError(error, '/kind')}>
            <select value={kind} onChange={(e) => chooseKind(e.target.value as Kind)} disabled={!!detail}>
              {KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Name" error={fieldError(error, '/name')}>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} required placeholder={`${spec.label.split(' ')[0]} main`} />
          </Field>
        </div>
        {spec.fields.length === 0 && <p className="muted small">Nothing to set: each person’s {spec.methods} address is their own incoming-webhook URL.</p>}
        <div className="settings-grid">
          {spec.fields.map((f) => (
            <SettingInput key={f.key} field={f} value={values[f.key]} stored={detail?.secretsSet.includes(f.key) ?? false} error={fieldError(error, `/settings/${f.key}`)} onChange={(v) => setValues((vs) => ({ ...vs, [f.key]: v }))} />
          ))}
        </div>
        <div className="form-row">
          <Field label="Order" hint="Lower is tried first; the next for the same method takes over when it fails." error={fieldError(error, '/position')}>
            <input type="number" min={0} max={100} value={position} onChange={(e) => setPosition(e.target.value)} />
          </Field>
          <label className="check provider-enabled">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            <span>In use</span>
          </label>
        </div>
        <button type="submit" className="button primary wide" disabled={busy}>
          {busy ? 'Saving…' : detail ? 'Save provider' : 'Add provider'}
        </button>
      </form>
    </Dialog>
  );
}

function SettingInput({ field: f, value, stored, error, onChange }: { field: FieldView; value: Values[string]; stored: boolean; error?: string; onChange: (v: Values[string]) => void }) {
  if (f.type === 'checkbox') {
    return (
      <label className="check setting-check">
        <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        <span>{f.label}</span>
        {error && <span className="field-error">{error}</span>}
      </label>
    );
  }
  if (f.type === 'methods') {
    const list = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field">
        <legend>{f.label}</legend>
        {(['sms', 'voice'] as const).map((m) => (
          <label key={m} className="check">
            <input type="checkbox" checked={list.includes(m)} onChange={(e) => onChange(e.target.checked ? [...list, m] : list.filter((x) => x !== m))} />
            <span>{m === 'sms' ? 'SMS' : 'Voice calls'}</span>
          </label>
        ))}
        {error && <p className="field-error">{error}</p>}
      </fieldset>
    );
  }
  const hint = f.type === 'password' && stored ? 'Stored. Leave empty to keep it.' : f.hint;
  return (
    <Field label={`${f.label}${f.required ? '' : ' (optional)'}`} hint={hint} error={error}>
      {f.type === 'select' ? (
        <select value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {f.options!.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      ) : (
        <input type={f.type} value={String(value)} onChange={(e) => onChange(e.target.value)} placeholder={f.placeholder} autoComplete={f.type === 'password' ? 'new-password' : 'off'} />
      )}
    </Field>
  );
}
