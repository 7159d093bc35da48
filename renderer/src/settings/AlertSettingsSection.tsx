// How alerts reach this operator: notifications, sound, quiet hours. They are logged regardless.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertSettings } from '../../../shared/contract';

interface Props {
  value: AlertSettings;
  onChange: (alerts: AlertSettings) => void;
}

export function AlertSettingsSection({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const quiet = value.quietHours;
  const setQuiet = (patch: Partial<AlertSettings['quietHours']>) => onChange({ ...value, quietHours: { ...quiet, ...patch } });
  return (
    <fieldset className="setting" aria-describedby={`${id}-hint`}>
      <legend className="setting__label">{t('settings.alerts.legend')}</legend>
      <p id={`${id}-hint`} className="setting__hint">
        {t('settings.alerts.hint')}
      </p>
      <label className="check">
        <input type="checkbox" checked={value.notifications} onChange={(event) => onChange({ ...value, notifications: event.target.checked })} />
        {t('settings.alerts.notifications')}
      </label>
      <label className="check">
        <input type="checkbox" checked={value.sound} onChange={(event) => onChange({ ...value, sound: event.target.checked })} />
        {t('settings.alerts.sound')}
      </label>
      <label className="check">
        <input type="checkbox" checked={quiet.enabled} onChange={(event) => setQuiet({ enabled: event.target.checked })} />
        {t('settings.alerts.quietHours')}
      </label>
      <div className="inline-fields">
        <label className="inline-field">
          {t('settings.alerts.quietFrom')}
          <input className="text-field text-field--time" type="time" required value={quiet.from} disabled={!quiet.enabled} onChange={(event) => event.target.value && setQuiet({ from: event.target.value })} />
        </label>
        <label className="inline-field">
          {t('settings.alerts.quietTo')}
          <input className="text-field text-field--time" type="time" required value={quiet.to} disabled={!quiet.enabled} onChange={(event) => event.target.value && setQuiet({ to: event.target.value })} />
        </label>
      </div>
    </fieldset>
  );
}
