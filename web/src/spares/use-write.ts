import { useState } from 'react';

/** Runs a write, keeping its error for the form. */
export function useWrite(after: () => void) {
  const [error, setError] = useState<unknown>();
  const run = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      after();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  return { error, run };
}
