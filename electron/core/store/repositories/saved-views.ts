// Saved views: named queue filters. Names are unique whatever their case ("Breached" and "breached"
// would be indistinguishable in a list), and every problem with a name is told in words.
import type Database from 'better-sqlite3';
import { QueueFilter, type SavedView } from '../../../../shared/contract';
import { CoreError } from '../../core-error';

export const maxSavedViewNameLength = 60;

interface SavedViewRow {
  id: number;
  name: string;
  filter: string;
}

export class SavedViewRepository {
  constructor(private readonly db: Database.Database) {}

  list(): SavedView[] {
    const rows = this.db.prepare('SELECT id, name, filter FROM saved_views ORDER BY name COLLATE NOCASE, id').all() as SavedViewRow[];
    return rows.map(toSavedView);
  }

  create(name: string, filter: QueueFilter, now: number): SavedView {
    const row = this.run(() =>
      this.db
        .prepare('INSERT INTO saved_views (name, filter, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id, name, filter')
        .get(checkedName(name), JSON.stringify(QueueFilter.parse(filter)), now, now),
    ) as SavedViewRow;
    return toSavedView(row);
  }

  /** Renames a view, and replaces its filter when one is given. */
  update(id: number, changes: { name: string; filter?: QueueFilter }, now: number): SavedView {
    const filter = changes.filter === undefined ? null : JSON.stringify(QueueFilter.parse(changes.filter));
    const row = this.run(() =>
      this.db
        .prepare('UPDATE saved_views SET name = ?, filter = coalesce(?, filter), updated_at = ? WHERE id = ? RETURNING id, name, filter')
        .get(checkedName(changes.name), filter, now, id),
    ) as SavedViewRow | undefined;
    if (!row) throw new CoreError('not-found', 'That saved view no longer exists.');
    return toSavedView(row);
  }

  delete(id: number): void {
    this.db.prepare('DELETE FROM saved_views WHERE id = ?').run(id);
  }

  /** A duplicate name is the one constraint SQLite checks for us; it becomes a clear error. */
  private run<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new CoreError('invalid-request', 'A saved view with that name already exists. Choose another name.');
      }
      throw error;
    }
  }
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new CoreError('invalid-request', 'A saved view needs a name.');
  if (trimmed.length > maxSavedViewNameLength) throw new CoreError('invalid-request', `A saved view's name can be at most ${maxSavedViewNameLength} characters.`);
  return trimmed;
}

function toSavedView(row: SavedViewRow): SavedView {
  return { id: row.id, name: row.name, filter: QueueFilter.parse(JSON.parse(row.filter)) };
}
