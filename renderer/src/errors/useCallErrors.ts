// Failed calls the operator should know about. They are shown, not thrown: the console keeps
// working and the operator dismisses each one when read.
import { useCallback, useRef, useState } from 'react';
import type { CallError } from '../../../shared/outcome';

export interface ShownError extends CallError {
  id: number;
}

// Enough to see a burst of failures without the banners pushing the whole view off screen.
const maxShown = 3;

export function useCallErrors() {
  const [errors, setErrors] = useState<readonly ShownError[]>([]);
  const nextId = useRef(1);

  const report = useCallback((error: CallError) => {
    const id = nextId.current++;
    setErrors((shown) => [...shown, { ...error, id }].slice(-maxShown));
  }, []);

  const dismiss = useCallback((id: number) => {
    setErrors((shown) => shown.filter((error) => error.id !== id));
  }, []);

  return { errors, report, dismiss };
}

export type ReportError = (error: CallError) => void;
