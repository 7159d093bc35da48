// Follows: Graph API "Using the Graph API" → field expansion and nested requests —
// https://developers.facebook.com/docs/graph-api/guides/field-expansion
// `fields=id,messages.limit(10){id,message,from},participants` selects fields, expands edges inline
// with modifiers (`.limit(n)`, `.order(…)`, `.filter(…)`, `.summary(true)`, `.as(alias)`) placed
// before or after the braces, and nests to any depth.

import { graphErrors } from './graph-errors';

export interface FieldSelection {
  name: string;
  /** `.as(alias)` renames the key in the response. */
  alias?: string;
  /** Modifiers such as limit, after, order, filter, summary — as written, unparsed. */
  modifiers: Map<string, string>;
  /** Sub-fields from `{…}`; undefined when none were given (the node's default fields apply). */
  children?: FieldSelection[];
}

const namePattern = /[A-Za-z_][A-Za-z0-9_]*/y;

export function parseFields(source: string): FieldSelection[] {
  const parser = new FieldsParser(source);
  const fields = parser.list();
  parser.expectEnd();
  return fields;
}

class FieldsParser {
  private position = 0;

  constructor(private readonly source: string) {}

  list(): FieldSelection[] {
    const fields = [this.field()];
    while (this.peek() === ',') {
      this.position += 1;
      // A trailing comma ("id,name,") is tolerated by Graph.
      if (this.atEnd() || this.peek() === '}') break;
      fields.push(this.field());
    }
    return fields;
  }

  expectEnd(): void {
    this.skipSpaces();
    if (!this.atEnd()) this.fail(`Expected end of string instead of "${this.source[this.position]}".`);
  }

  private field(): FieldSelection {
    const selection: FieldSelection = { name: this.name(), modifiers: new Map() };
    for (;;) {
      const next = this.peek();
      if (next === '.') {
        this.position += 1;
        const modifier = this.name();
        const value = this.parenthesised();
        if (modifier === 'as') selection.alias = value;
        else selection.modifiers.set(modifier, value);
      } else if (next === '{') {
        if (selection.children) this.fail('Unexpected "{".');
        this.position += 1;
        selection.children = this.list();
        if (this.peek() !== '}') this.fail('Expected "}".');
        this.position += 1;
      } else {
        return selection;
      }
    }
  }

  private name(): string {
    this.skipSpaces();
    namePattern.lastIndex = this.position;
    const match = namePattern.exec(this.source);
    if (!match) this.fail('Expected a field name.');
    this.position += match[0].length;
    return match[0];
  }

  private parenthesised(): string {
    if (this.peek() !== '(') this.fail('Expected "(".');
    const close = this.source.indexOf(')', this.position);
    if (close === -1) this.fail('Expected ")".');
    const value = this.source.slice(this.position + 1, close).trim();
    this.position = close + 1;
    return value;
  }

  private peek(): string | undefined {
    this.skipSpaces();
    return this.source[this.position];
  }

  private atEnd(): boolean {
    this.skipSpaces();
    return this.position >= this.source.length;
  }

  private skipSpaces(): void {
    while (this.source[this.position] === ' ') this.position += 1;
  }

  private fail(detail: string): never {
    throw graphErrors.fieldsSyntax(detail, this.position, this.source);
  }
}

/** Writes a selection back in Graph's syntax, for the `fields` of a nested edge's `next` link. */
export function serializeFields(fields: readonly FieldSelection[]): string {
  return fields
    .map((field) => {
      let text = field.name;
      for (const [modifier, value] of field.modifiers) text += `.${modifier}(${value})`;
      if (field.alias) text += `.as(${field.alias})`;
      if (field.children) text += `{${serializeFields(field.children)}}`;
      return text;
    })
    .join(',');
}
