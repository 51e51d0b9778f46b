import { DeliveryError, type ContactMethod, type OutboundMessage, type Provider, type SendResult } from './provider.js';

/** One provider that was tried and failed before another one took the message. */
export interface FailoverAttempt {
  provider: string;
  error: DeliveryError;
}

/** A send through failover: who accepted it, and who failed before. */
export interface FailoverResult extends SendResult {
  provider: string;
  failures: FailoverAttempt[];
}

/** Every provider failed; `attempts` lists them in order. */
export class FailoverError extends DeliveryError {
  constructor(
    message: string,
    temporary: boolean,
    providerStatus: number | undefined,
    readonly attempts: FailoverAttempt[],
  ) {
    super(message, temporary, providerStatus, { providerFault: attempts.every((a) => a.error.providerFault) });
    this.name = 'FailoverError';
  }
}

/** Options of a failover provider. */
export interface FailoverOptions {
  /** Called each time a provider fails and the next one is tried (for logs and metrics). */
  onFailover?: (attempt: FailoverAttempt, next: string) => void;
}

/**
 * Wraps an ordered list of providers. A message goes to the first provider that delivers its
 * method; on a temporary error, or a permanent one that is the provider's fault (401, 402, 403,
 * 404, SMTP auth), the next is tried. A permanent error about the message itself (e.g. 400 for an
 * invalid number) is thrown at once: another provider would refuse it the same way.
 *
 * A timeout is ambiguous (the first provider may have sent it), so failover favours a possible
 * duplicate page over a lost one.
 */
export function createFailoverProvider(name: string, providers: Provider[], options: FailoverOptions = {}): Provider {
  const methods = [...new Set(providers.flatMap((p) => p.methods))] as ContactMethod[];
  return {
    name,
    methods,
    async send(message: OutboundMessage): Promise<FailoverResult> {
      const candidates = providers.filter((p) => p.methods.includes(message.method));
      if (candidates.length === 0) throw new DeliveryError(`${name} has no provider for ${message.method} messages`, false);
      const failures: FailoverAttempt[] = [];
      for (const [index, provider] of candidates.entries()) {
        try {
          const result = await provider.send(message);
          return { ...result, provider: result.provider ?? provider.name, failures };
        } catch (thrown) {
          const error = asDeliveryError(provider.name, thrown);
          if (!error.temporary && !error.providerFault) throw error;
          const attempt = { provider: provider.name, error };
          failures.push(attempt);
          const next = candidates[index + 1];
          if (next) options.onFailover?.(attempt, next.name);
        }
      }
      throw exhausted(name, failures);
    },
  };
}

function asDeliveryError(provider: string, thrown: unknown): DeliveryError {
  if (thrown instanceof DeliveryError) return thrown;
  const text = thrown instanceof Error ? thrown.message : String(thrown);
  // An unexpected exception says nothing about the message, so it counts as temporary.
  return new DeliveryError(`${provider} failed: ${text}`, true, undefined, { cause: thrown });
}

function exhausted(name: string, failures: FailoverAttempt[]): FailoverError {
  const summary = failures.map((f) => `${f.provider}: ${f.error.message}`).join('; ');
  const last = failures[failures.length - 1]!;
  return new FailoverError(`${name}: every provider failed (${summary})`, failures.some((f) => f.error.temporary), last.error.providerStatus, failures);
}
