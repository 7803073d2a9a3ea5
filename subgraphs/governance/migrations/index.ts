import type { Migration } from '../../kit/db';
import * as init from './001_init';
import * as intake from './002_intake';
import * as deadlines from './003_deadlines';
import * as feedback from './004_feedback';
import * as statistics from './005_statistics';
import * as statisticsScope from './006_statistics_scope';
import * as privacy from './007_privacy';

/** Every governance migration, in order. */
export const migrations: Migration[] = [
  { name: '001_init', ...init },
  { name: '002_intake', ...intake },
  { name: '003_deadlines', ...deadlines },
  { name: '004_feedback', ...feedback },
  { name: '005_statistics', ...statistics },
  { name: '006_statistics_scope', ...statisticsScope },
  { name: '007_privacy', ...privacy },
];
