/**
 * The ticket's assets (staff): what is attached, with a circuit's ISP support number at hand, and a
 * search of the client's assets to attach another or detach one.
 */
import { useEffect, useRef, useState } from 'react';
import { formError } from '../platform/api';
import { Link } from '../platform/router';
import { useResource } from '../platform/use-api';
import { useDebounced } from '../platform/use-debounced';
import { assetLine, attachAsset, findAssets, ticketAssets } from './assets-api';
import './assets.css';

interface Props {
  ticketId: string;
  organizationId: string;
  refreshKey: string;
  onChanged: () => void;
}

export function AssetPanel({ ticketId, organizationId, refreshKey, onChanged }: Props) {
  const attached = useResource((signal) => ticketAssets(ticketId, signal), [ticketId]);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useResource(q ? (signal) => findAssets({ q, organizationId, limit: 8 }, signal) : null, [q, organizationId]);
  const [error, setError] = useState<unknown>();
  const reload = attached.reload;
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reload();
  }, [refreshKey, reload]);
  const ids = new Set((attached.data?.items ?? []).map((l) => l.asset.id));

  const change = async (assetId: string, linked: boolean) => {
    setError(undefined);
    try {
      await attachAsset(ticketId, assetId, linked);
      setText('');
      reload();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card asset-panel" aria-labelledby="asset-panel-title">
      <h2 id="asset-panel-title" className="card-title">
        Assets
      </h2>
      <ul className="asset-list">
        {(attached.data?.items ?? []).map(({ asset }) => (
          <li key={asset.id} className="asset-row">
            <span>
              <Link to={`/assets/${asset.id}`}>{asset.name}</Link> <span className="muted small">{assetLine(asset)}</span>
              {asset.kind === 'circuit' && asset.ispSupportPhone && (
                <span className="small asset-isp">
                  {' '}
                  {asset.isp} support: <a href={`tel:${asset.ispSupportPhone.replace(/\s+/g, '')}`}>{asset.ispSupportPhone}</a> (circuit {asset.circuitId})
                </span>
              )}
            </span>
            <button type="button" className="button link small" onClick={() => void change(asset.id, false)} aria-label={`Detach ${asset.name}`}>
              Detach
            </button>
          </li>
        ))}
        {attached.data?.items.length === 0 && <li className="muted small">No asset attached.</li>}
      </ul>
      <input type="search" className="asset-search" aria-label="Find an asset of this client" placeholder="Find an asset: name, serial, model, person" value={text} onChange={(e) => setText(e.target.value)} />
      <ul className="asset-list">
        {(found.data?.items ?? []).filter((a) => !ids.has(a.id)).map((a) => (
          <li key={a.id} className="asset-row">
            <span>
              <strong>{a.name}</strong> <span className="muted small">{assetLine(a)}</span>
            </span>
            <button type="button" className="button small" onClick={() => void change(a.id, true)}>
              Attach
            </button>
          </li>
        ))}
      </ul>
      {error !== undefined && <p className="field-error small">{formError(error, [])}</p>}
    </section>
  );
}
