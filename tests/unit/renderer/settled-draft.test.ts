// @vitest-environment jsdom
// The composer's draft is reported once typing settles, at once when set, and never lost on leaving.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledDraft } from '../../../renderer/src/inbox/useSettledDraft';

describe('useSettledDraft', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows every keystroke at once and reports only the settled text', () => {
    const reported: string[] = [];
    const { result } = renderHook(() => useSettledDraft('Ciao', (text) => reported.push(text)));
    expect(result.current[0]).toBe('Ciao');
    for (const text of ['Ciao M', 'Ciao Ma', 'Ciao Mar']) {
      act(() => result.current[1](text));
      act(() => vi.advanceTimersByTime(100));
    }
    expect(result.current[0]).toBe('Ciao Mar');
    expect(reported).toEqual([]);
    act(() => vi.advanceTimersByTime(400));
    expect(reported).toEqual(['Ciao Mar']);
  });

  it('reports text that is set (sent, saved reply) at once, and what was typed when it goes away', () => {
    const reported: string[] = [];
    const { result, unmount } = renderHook(() => useSettledDraft('', (text) => reported.push(text)));
    act(() => result.current[1]('Grazie!', 'set'));
    expect(reported).toEqual(['Grazie!']);
    act(() => result.current[1]('A presto'));
    unmount();
    expect(reported).toEqual(['Grazie!', 'A presto']);
    vi.advanceTimersByTime(1_000);
    expect(reported).toEqual(['Grazie!', 'A presto']);
  });
});
