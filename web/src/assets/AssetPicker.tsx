/**
 * "Which laptop?" in the phone log: the caller's own assets first, then the rest of the client's,
 * narrowed as the technician types (name, serial, model). The chosen asset is attached to the
 * ticket once it is logged.
 */
import { useState } from 'react';
import { useResource } from '../platform/use-api';
import { useDebounced } from '../platform/use-debounced';
import { assetLine, findAssets, type Asset } from './assets-api';
import './assets.css';

export interface AssetPickerProps {
  organizationId: string;
  contactId: string | null;
  value: string;
  onChange: (assetId: string) => void;
}

export function AssetPicker({ organizationId, contactId, value, onChange }: AssetPickerProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useResource(organizationId ? (signal) => findAssets({ q, organizationId, limit: 20 }, signal) : null, [organizationId, q]);
  const items = [...(found.data?.items ?? [])].sort((a, b) => Number(b.contactId === contactId) - Number(a.contactId === contactId));
  if (!organizationId) return null;
  return (
    <fieldset className="field asset-picker">
      <legend>Which device? <span className="muted small">(optional)</span></legend>
      <input type="search" aria-label="Search the client’s assets" placeholder="Name, serial or model" value={text} onChange={(e) => setText(e.target.value)} />
      <ul className="asset-picker-list" role="radiogroup" aria-label="The client’s assets">
        {items.map((a: Asset) => (
          <li key={a.id}>
            <label className={`asset-choice${value === a.id ? ' checked' : ''}`}>
              <input type="radio" name="asset" value={a.id} checked={value === a.id} onChange={() => onChange(a.id)} />
              <span>
                <strong>{a.name}</strong>
                {a.contactId !== null && a.contactId === contactId && <span className="badge asset-theirs">Caller’s</span>}
                <span className="muted small"> {assetLine(a)}</span>
              </span>
            </label>
          </li>
        ))}
        {found.data && items.length === 0 && <li className="muted small">No asset of this client matches.</li>}
      </ul>
      {value && (
        <button type="button" className="button link small" onClick={() => onChange('')}>
          No device
        </button>
      )}
    </fieldset>
  );
}
