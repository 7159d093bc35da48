// The settings the console applies are always core's: a change is a request to core, and what takes
// effect is what core answers (the call's result) or announces (`settings.changed`, also sent when
// another window changes them), so the UI cannot drift from the saved file.
// The controls alone show a choice at once, while core's answer is awaited: a radio that stays
// unchecked after a click reads as broken, to people and to screen readers alike.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { Settings, SettingsPatch } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

export function useSettings(api: SportelloApi, initial: Settings, reportError: ReportError) {
  const [settings, setSettings] = useState(initial);
  const [awaitingCore, setAwaitingCore] = useState<SettingsPatch>({});
  const latestRequest = useRef(0);

  useEffect(() => api.on('settings.changed', setSettings), [api]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const request = ++latestRequest.current;
      setAwaitingCore((awaiting) => ({ ...awaiting, ...patch }));
      const outcome = await api.call('settings.update', patch);
      if (!outcome.ok) reportError(outcome.error);
      // Only the latest request settles the controls: a slower answer to an earlier change must
      // not undo a later one.
      if (request !== latestRequest.current) return;
      setAwaitingCore({});
      if (outcome.ok) setSettings(outcome.value);
    },
    [api, reportError],
  );

  /** What the settings controls show: core's settings, with any change core has not answered yet. */
  const selection: Settings = { ...settings, ...awaitingCore };

  return { settings, selection, update };
}
