// Who did what, for the operator and, later, for a team's supervisor. Never holds a secret.
import type Database from 'better-sqlite3';

export interface AuditEntry {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: number | null;
  details?: Record<string, unknown>;
}

export class AuditRepository {
  constructor(private readonly db: Database.Database) {}

  record(entry: AuditEntry, now: number): void {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, subject_type, subject_id, details) VALUES (?, ?, ?, ?, ?, ?)')
      .run(now, entry.actor, entry.action, entry.subjectType, entry.subjectId, JSON.stringify(entry.details ?? {}));
  }

  forSubject(subjectType: string, subjectId: number): Array<AuditEntry & { at: number }> {
    const rows = this.db
      .prepare(
        `SELECT at, actor, action, subject_type AS subjectType, subject_id AS subjectId, details
         FROM audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY at, id`,
      )
      .all(subjectType, subjectId) as Array<AuditEntry & { at: number; details: string }>;
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  }
}
