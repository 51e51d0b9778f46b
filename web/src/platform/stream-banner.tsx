/** Says so when live updates are lost, and that they come back by themselves. */
import { useStreamStatus } from './stream';

export function StreamBanner() {
  const status = useStreamStatus();
  if (status !== 'lost') return null;
  return (
    <div className="stream-banner" role="status">
      <span className="dot dot-lost" aria-hidden="true" />
      Live updates are interrupted — reconnecting… Changes made elsewhere will appear once the connection is back.
    </div>
  );
}

export function LiveIndicator() {
  const status = useStreamStatus();
  const label = status === 'live' ? 'Live' : status === 'lost' ? 'Offline' : 'Connecting';
  return (
    <span className={`live-indicator live-${status}`} title={`Live updates: ${label.toLowerCase()}`}>
      <span className="dot" aria-hidden="true" />
      {label}
    </span>
  );
}
