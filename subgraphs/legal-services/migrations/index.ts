import type { Migration } from '../../kit/db';
import * as init from './001_init';
import * as referralIntake from './002_referral_intake';
import * as personalData from './003_personal_data';
import * as legalEducation from './004_legal_education';

/** The legal-services migrations, in order. */
export const migrations: Migration[] = [
  { name: '001_init', ...init },
  { name: '002_referral_intake', ...referralIntake },
  { name: '003_personal_data', ...personalData },
  { name: '004_legal_education', ...legalEducation },
];
