import type { Migration } from '../../kit/db';
import * as init from './001_init';
import * as referralIntake from './002_referral_intake';

/** The petition subgraph's migrations, in order. */
export const migrations: Migration[] = [
  { name: '001_init', ...init },
  { name: '002_referral_intake', ...referralIntake },
];
