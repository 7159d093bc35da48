// The words of an alert notification, through the real translations in both languages: what the
// Electron shell and the browser host put in the OS notification.
import { describe, expect, it } from 'vitest';
import { alertNotificationText } from '../../../shared/alerts/alert-text';
import type { AlertEntry, AlertGroup, AlertLevel } from '../../../shared/contract';
import { createI18n, type Language } from '../../../shared/i18n';

const now = Date.UTC(2026, 2, 10, 9, 0, 0);
const minute = 60_000;

function alert(id: number, overrides: Partial<AlertEntry> = {}): AlertEntry {
  return {
    id,
    conversationId: 100 + id,
    level: 'warning',
    stage: 'first_response',
    dueAt: now + 12 * minute,
    firedAt: now,
    delivery: 'notified',
    snoozedUntil: null,
    brandName: 'Pizzeria Da Gino',
    contactName: `Cliente ${id}`,
    ...overrides,
  };
}

function group(level: AlertLevel, alerts: AlertEntry[], reminder = false): AlertGroup {
  return { level, alerts: alerts.map((entry) => ({ ...entry, level })), reminder, sound: true };
}

function text(language: Language, alertGroup: AlertGroup) {
  return alertNotificationText(createI18n(language).t, alertGroup, now);
}

describe('alert notification text', () => {
  it('names the customer and the minutes left for a single warning', () => {
    const single = group('warning', [alert(1, { contactName: 'Maria Rossi' })]);
    expect(text('en', single)).toEqual({
      title: 'Reply soon: Maria Rossi (Pizzeria Da Gino)',
      body: 'The response target runs out in 12 minutes.',
      tag: 'sportello-alert-101',
    });
    expect(text('it', single)).toEqual({
      title: 'Rispondi presto: Maria Rossi (Pizzeria Da Gino)',
      body: 'Il tempo di risposta scade tra 12 minuti.',
      tag: 'sportello-alert-101',
    });
  });

  it('says one minute, not zero, when the target is seconds away', () => {
    const close = group('warning', [alert(1, { dueAt: now + 20_000 })]);
    expect(text('en', close).body).toBe('The response target runs out in 1 minute.');
    expect(text('it', close).body).toBe('Il tempo di risposta scade tra 1 minuto.');
  });

  it('counts a group of warnings and gives the latest due time', () => {
    const seven = group(
      'warning',
      Array.from({ length: 7 }, (_, index) => alert(index + 1, { dueAt: now + (index + 2) * minute })),
    );
    expect(text('en', seven).title).toBe('7 conversations breach within 8 minutes');
    expect(text('it', seven).title).toBe('7 conversazioni scadono entro 8 minuti');
    expect(text('en', seven).tag).toBe('sportello-alerts-warning');
  });

  it('lists up to three names, then says how many more', () => {
    const three = group('breach', [alert(1), alert(2), alert(3)]);
    expect(text('en', three)).toMatchObject({
      title: '3 conversations missed the response target',
      body: 'Cliente 1 (Pizzeria Da Gino) · Cliente 2 (Pizzeria Da Gino) · Cliente 3 (Pizzeria Da Gino)',
    });
    const seven = group('breach', Array.from({ length: 7 }, (_, index) => alert(index + 1)));
    const names = 'Cliente 1 (Pizzeria Da Gino) · Cliente 2 (Pizzeria Da Gino) · Cliente 3 (Pizzeria Da Gino)';
    expect(text('en', seven).body).toBe(`${names} and 4 more`);
    expect(text('it', seven).body).toBe(`${names} e altre 4`);
    expect(text('it', group('breach', [alert(1), alert(2), alert(3), alert(4)])).body).toBe(`${names} e 1 altra`);
  });

  it('marks a reminder at the end of a snooze', () => {
    const reminder = group('breach', [alert(1, { contactName: 'Maria Rossi', dueAt: now - 5 * minute })], true);
    expect(text('en', reminder).title).toBe('Reminder: Target missed: Maria Rossi (Pizzeria Da Gino)');
    expect(text('it', reminder).title).toBe('Promemoria: Obiettivo mancato: Maria Rossi (Pizzeria Da Gino)');
  });

  it('says how long an escalated conversation has been overdue', () => {
    const escalation = group('escalation', [alert(1, { contactName: 'Maria Rossi', dueAt: now - 45 * minute })]);
    expect(text('en', escalation)).toMatchObject({
      title: 'Escalation: Maria Rossi (Pizzeria Da Gino)',
      body: 'Unanswered 45 minutes past the response target.',
    });
    expect(text('it', escalation).body).toBe('Senza risposta da 45 minuti oltre il tempo di risposta.');
  });

  it('calls a customer without a name by the translated unknown customer', () => {
    const nameless = group('warning', [alert(1, { contactName: null, brandName: 'Alpine Outdoor' })]);
    expect(text('en', nameless).title).toBe('Reply soon: Unknown customer (Alpine Outdoor)');
    expect(text('it', nameless).title).toBe('Rispondi presto: Cliente sconosciuto (Alpine Outdoor)');
  });
});
