// Search-as-you-type over the cache: a short pause after the last keystroke, and only the latest
// answer is shown (an earlier, slower one never replaces it).
import { useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { SearchHit } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

const pauseMs = 120;

/** Null while there is nothing to search (fewer than two characters). */
export function useSearch(api: SportelloApi, query: string, reportError: ReportError): readonly SearchHit[] | null {
  const [hits, setHits] = useState<{ query: string; hits: readonly SearchHit[] } | null>(null);
  const latest = useRef(0);
  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed.length < 2) return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      void api.call('search.messages', { query: trimmed }).then((outcome) => {
        if (request !== latest.current) return;
        if (outcome.ok) setHits({ query: trimmed, hits: outcome.value });
        else reportError(outcome.error);
      });
    }, pauseMs);
    return () => clearTimeout(timer);
  }, [api, trimmed, reportError]);
  if (trimmed.length < 2) return null;
  return hits?.query === trimmed ? hits.hits : (hits?.hits ?? []);
}
