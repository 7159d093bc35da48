import type { Migration } from './migration';
import { initialSchema } from './0001-initial-schema';
import { search } from './0002-search';

/** In order. A new migration is a new file and one more entry here. */
export const migrations: readonly Migration[] = [initialSchema, search];
