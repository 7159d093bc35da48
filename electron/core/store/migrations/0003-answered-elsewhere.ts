// A conversation answered on the platform by someone else (another tool, the phone app) while an
// agent's reply to it was still waiting in the outbox: the agent must see it before theirs goes out.
import type { Migration } from './migration';

export const answeredElsewhere: Migration = {
  version: 3,
  name: 'answered elsewhere',
  up(db) {
    db.exec('ALTER TABLE conversations ADD COLUMN answered_elsewhere_at INTEGER');
  },
};
