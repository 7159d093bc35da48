// A brand's business hours: time zone, each weekday's opening intervals written as
// "09:00-13:00, 14:00-18:00", Italian public holidays, and other closed days.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessHours } from '../../../shared/contract';
import type { CallError } from '../../../shared/outcome';
import { SaveResult, type SaveOutcome } from './SaveResult';

interface Props {
  hours: BusinessHours;
  brandName: string;
  onSave: (hours: BusinessHours) => Promise<CallError | null>;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function dayText(day: BusinessHours['week'][number]): string {
  return day.map(({ opens, closes }) => `${clock(opens)}-${clock(closes)}`).join(', ');
}

/** Parses "09:00-13:00, 14:00-18:00"; null if it is not that shape. */
export function parseDay(text: string): BusinessHours['week'][number] | null {
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  const intervals = [];
  for (const part of parts) {
    const match = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/.exec(part);
    if (!match) return null;
    const [opensH, opensM, closesH, closesM] = match.slice(1).map(Number) as [number, number, number, number];
    const opens = opensH * 60 + opensM;
    const closes = closesH * 60 + closesM;
    if (opensM > 59 || closesM > 59 || opens >= closes || closes > 1440) return null;
    intervals.push({ opens, closes });
  }
  return intervals;
}

function weekdayNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(Date.UTC(2024, 0, 1 + index)));
}

const timeZones: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function BusinessHoursForm({ hours, brandName, onSave }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const days = weekdayNames(i18n.language);
  const [timeZone, setTimeZone] = useState(hours.timeZone);
  const [week, setWeek] = useState(() => hours.week.map(dayText));
  const [italian, setItalian] = useState(hours.holidayPreset === 'IT');
  const [holidays, setHolidays] = useState(hours.holidays.join('\n'));
  const [result, setResult] = useState<SaveOutcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = week.map(parseDay);
    const invalid = parsed.findIndex((day) => day === null);
    if (invalid >= 0) return setResult({ ok: false, message: t('settings.sla.hours.invalidDay', { day: days[invalid] }) });
    const closedDays = holidays.split('\n').map((line) => line.trim()).filter(Boolean);
    if (closedDays.some((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day))) return setResult({ ok: false, message: t('settings.sla.hours.invalidHoliday') });
    const error = await onSave({
      brandId: hours.brandId,
      timeZone: timeZone.trim(),
      week: parsed as BusinessHours['week'],
      holidayPreset: italian ? 'IT' : null,
      holidays: closedDays,
    });
    setResult(error ? { ok: false, message: error.message } : { ok: true });
  };

  return (
    <form className="policy-form" aria-label={`${t('settings.sla.hours.title')}: ${brandName}`} onSubmit={(event) => void submit(event)}>
      <p className="setting__hint" id={`${id}-hint`}>
        {t('settings.sla.hours.dayHint')}
      </p>
      <label className="inline-field">
        {t('settings.sla.hours.timeZone')}
        <input className="text-field" list={`${id}-zones`} value={timeZone} onChange={(event) => setTimeZone(event.target.value)} required spellCheck={false} />
        <datalist id={`${id}-zones`}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </label>
      <div className="hours-grid">
        {days.map((day, index) => (
          <label key={day} className="inline-field">
            {t('settings.sla.hours.day', { day })}
            <input
              className="text-field"
              value={week[index]}
              aria-describedby={`${id}-hint`}
              spellCheck={false}
              onChange={(event) => setWeek((current) => current.map((text, at) => (at === index ? event.target.value : text)))}
            />
          </label>
        ))}
      </div>
      <label className="check">
        <input type="checkbox" checked={italian} onChange={(event) => setItalian(event.target.checked)} />
        {t('settings.sla.hours.italianHolidays')}
      </label>
      <label className="inline-field">
        {t('settings.sla.hours.extraHolidays')}
        <textarea className="text-field" rows={3} value={holidays} onChange={(event) => setHolidays(event.target.value)} spellCheck={false} />
      </label>
      <div className="policy-form__actions">
        <button type="submit" className="button button--primary">
          {t('settings.sla.hours.save')}
        </button>
        <SaveResult outcome={result} />
      </div>
    </form>
  );
}
