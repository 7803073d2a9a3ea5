import type { Migration } from '../../kit/db';
import * as init from './001_init';

/** The procuratorate's migrations, in order. */
export const migrations: Migration[] = [{ name: '001_init', ...init }];
