import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../shared/composer/personal-data';
import { expandSavedReply, findOrderNumber, firstName, unfilledVariables } from '../../../shared/composer/saved-reply';

describe('saved replies', () => {
  const context = { customerName: 'Maria Rossi', brand: 'Pizzeria Da Gino', agent: 'Luca', customerMessages: ['Dov’è il mio ordine n. 48213?'] };

  it('fills the variables it knows, and leaves the rest visible', () => {
    expect(expandSavedReply('Ciao {{first_name}}, sono {{agent}} di {{brand}}: l’ordine {{ order_number }} parte oggi. {{unknown}}', context)).toBe(
      'Ciao Maria, sono Luca di Pizzeria Da Gino: l’ordine 48213 parte oggi. {{unknown}}',
    );
    const bare = expandSavedReply('Ciao {{first_name}}, ordine {{order_number}} — {{agent}}', { ...context, customerName: 'maria.rossi', agent: ' ', customerMessages: [] });
    expect(bare).toBe('Ciao {{first_name}}, ordine {{order_number}} — {{agent}}');
    expect(unfilledVariables(bare)).toEqual(['first_name', 'order_number', 'agent']);
  });

  it('finds order numbers as customers write them, newest message first', () => {
    expect(findOrderNumber(['Order #A-7781 never arrived', 'ordine 1234'])).toBe('A-7781');
    expect(findOrderNumber(['nessun numero qui', 'il mio ordine: 99812'])).toBe('99812');
    expect(findOrderNumber(['order status please'])).toBeNull();
    expect(firstName('Niccolò Bianchi')).toBe('Niccolò');
    expect(firstName('trailrunner_kate')).toBeNull();
  });
});

describe('personal data in a public reply', () => {
  it('finds phone numbers, emails, IBANs, tax codes, card numbers and order numbers', () => {
    const text =
      'Scrivici a assistenza@dagino.it o chiama il 333 123 4567 (fisso 02 4567890, +39 06 1234 5678). ' +
      'IBAN IT60 X054 2811 1010 0000 0123 456, CF RSSMRA85T10A562S, carta 4111 1111 1111 1111, ordine n. 48213.';
    expect(findPersonalData(text).map((finding) => finding.kind)).toEqual(['email', 'iban', 'tax_code', 'card', 'phone', 'phone', 'phone', 'order']);
  });

  it('does not flag ordinary numbers, prices, dates or a card number that fails Luhn', () => {
    expect(findPersonalData('Siamo aperti dalle 19:30, pizza a 8,50 €, il 25/12/2026; codice 4111 1111 1111 1112.')).toEqual([]);
  });
});
