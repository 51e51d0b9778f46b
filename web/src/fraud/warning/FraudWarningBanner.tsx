/**
 * The portal's fraud warning: a client's users see every running warning of their organisation
 * on every portal page, in the words staff wrote after confirming a fraud. Nothing else of the
 * fraud check reaches them.
 */
import { api } from '../../platform/api';
import { useResource } from '../../platform/use-api';
import type { FraudWarning } from '../fraud-types';
import '../fraud.css';

export function FraudWarningBanner() {
  const { data } = useResource((signal) => api<{ items: FraudWarning[] }>('GET', '/fraud-warnings', undefined, { signal }), []);
  const warnings = data?.items ?? [];
  if (warnings.length === 0) return null;
  return (
    <section className="fraud-warning-banner" role="alert" aria-label="Fraud warning">
      {warnings.map((w) => (
        <p key={w.id}>
          <strong>Fraud warning.</strong> {w.text}
        </p>
      ))}
    </section>
  );
}
