import type { Migration } from './migration';
import { initialSchema } from './0001-initial-schema';
import { search } from './0002-search';
import { answeredElsewhere } from './0003-answered-elsewhere';
import { slaAlerts } from './0004-sla-alerts';
import { drafts } from './0005-drafts';
import { savedViews } from './0006-saved-views';

/** In order. A new migration is a new file and one more entry here. */
export const migrations: readonly Migration[] = [initialSchema, search, answeredElsewhere, slaAlerts, drafts, savedViews];
