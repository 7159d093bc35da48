import type Database from 'better-sqlite3';

/**
 * One schema step. Migrations are frozen once released: a change to the schema is a new file with
 * the next number, never an edit of an old one (users' databases have already run it).
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
