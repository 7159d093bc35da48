// Personal data that should not go into a public reply: phone numbers, email addresses, IBANs,
// Italian tax codes, payment card numbers (Luhn-checked) and order numbers. Found locally, before
// sending, so the agent can move the answer to a private message.
export type PersonalDataKind = 'email' | 'phone' | 'iban' | 'tax_code' | 'card' | 'order';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  text: string;
}

const patterns: ReadonlyArray<[PersonalDataKind, RegExp]> = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu],
  ['iban', /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b/g],
  ['tax_code', /\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b/gi],
  ['card', /\b\d(?:[ -]?\d){12,18}\b/g],
  ['phone', /(?:\+|\b00)\d{1,3}[\s.-]?\d(?:[\s.-]?\d){6,12}\b|\b3\d{2}[\s.-]?\d{3}[\s.-]?\d{3,4}\b|\b0\d{1,3}[\s.-]?\d{5,8}\b/g],
  ['order', /\b(?:ordine|order)\s*(?:n\.|nr\.?|#|:)?\s*[A-Z0-9-]*\d[A-Z0-9-]{3,}\b/giu],
];

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const taken: Array<[number, number]> = [];
  for (const [kind, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // One stretch of text is one finding: an IBAN's digits are not also a card or a phone.
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      if (kind === 'card' && !luhnValid(match[0])) continue;
      taken.push([start, end]);
      findings.push({ kind, text: match[0].trim() });
    }
  }
  return findings;
}

function luhnValid(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
