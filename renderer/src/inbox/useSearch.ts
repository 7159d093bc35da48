// Search-as-you-type over the cache: a short pause after the last keystroke, and only the latest
// answer is shown (an earlier, slower one never replaces it). It searches where the inbox's filters
// point: the brands, kinds of channel, DMs or comments, and a status the agent chose (with no
// status chosen it searches every status: an old closed conversation is often what is looked for).
import { useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { CallParams, SearchHit } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

const pauseMs = 120;

/** Null while there is nothing to search (fewer than two characters). */
export type SearchScope = Omit<CallParams<'search.messages'>, 'query'>;

export function useSearch(api: SportelloApi, query: string, scope: SearchScope, reportError: ReportError): readonly SearchHit[] | null {
  const [hits, setHits] = useState<{ key: string; hits: readonly SearchHit[] } | null>(null);
  const latest = useRef(0);
  const trimmed = query.trim();
  // A scope object made anew on every render must not search again: compare by content.
  const key = JSON.stringify({ query: trimmed, ...scope });
  useEffect(() => {
    const params = JSON.parse(key) as CallParams<'search.messages'>;
    if (params.query.length < 2) return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      void api.call('search.messages', params).then((outcome) => {
        if (request !== latest.current) return;
        if (outcome.ok) setHits({ key, hits: outcome.value });
        else reportError(outcome.error);
      });
    }, pauseMs);
    return () => clearTimeout(timer);
  }, [api, key, reportError]);
  if (trimmed.length < 2) return null;
  return hits?.key === key ? hits.hits : (hits?.hits ?? []);
}
