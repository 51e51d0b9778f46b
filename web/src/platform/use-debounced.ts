/** A value that follows another a moment after it stops changing: previews follow typing without a request per key. */
import { useEffect, useState } from 'react';

export function useDebounced<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
    // The serialised value is the dependency: a new object with the same content changes nothing.
  }, [key, ms]);
  return settled;
}
