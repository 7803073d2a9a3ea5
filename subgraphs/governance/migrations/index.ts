import type { Migration } from '../../kit/db';
import * as init from './001_init';
import * as intake from './002_intake';

/** Every governance migration, in order. */
export const migrations: Migration[] = [
  { name: '001_init', ...init },
  { name: '002_intake', ...intake },
];
