/** Whether the desk also answers by email (GET /api/v1/mail/outbound), so the portal promises only what is true. */
import { api } from '../platform/api';
import { useResource } from '../platform/use-api';

export function useSendsEmail(): boolean | undefined {
  return useResource((signal) => api<{ sendsEmail: boolean }>('GET', '/mail/outbound', undefined, { signal }), []).data?.sendsEmail;
}
