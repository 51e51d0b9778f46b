/** Names behind a policy's ids: staff (the directory), on-call schedules and contracts (read once per page). */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../platform/api';
import { useDirectory } from '../../platform/directory';
import type { ApiAnswer } from '../../platform/types';
import { scheduleNames } from '../schedule-names';
import type { Names } from './policy-words';

type Contract = ApiAnswer<'/api/v1/contracts', 'get'>['items'][number];

export interface TargetNames extends Names {
  contract: (id: string) => string | undefined;
  schedules: { id: string; name: string }[];
  contracts: Contract[];
}

export function useTargetNames(): TargetNames {
  const directory = useDirectory();
  const [schedules, setSchedules] = useState<Map<string, string>>(new Map());
  const [contracts, setContracts] = useState<Contract[]>([]);
  useEffect(() => {
    let live = true;
    void scheduleNames(true).then((m) => live && setSchedules(m));
    api<ApiAnswer<'/api/v1/contracts', 'get'>>('GET', '/contracts').then(
      (r) => live && setContracts(r.items),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const byContract = new Map(contracts.map((c) => [c.id, `${directory.orgName(c.organizationId)}: ${c.name}`]));
    return {
      user: directory.userName,
      schedule: (id) => schedules.get(id),
      contract: (id) => byContract.get(id),
      schedules: [...schedules.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
      contracts,
    };
  }, [directory, schedules, contracts]);
}
