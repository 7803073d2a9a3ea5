import { MEDIATION_STATUSES, type MediationOrganization, type MediationStatus } from '../src/model';
import { MEDIATION_RULES, transition, type MediationAction } from '../src/domain/lifecycle';
import { firstTier, nextTier, organizationFor } from '../src/domain/tiers';

/** The pure rules: the mediation state machine, what governance hears, which tier and organization take a dispute. */
const ACTIONS = Object.keys(MEDIATION_RULES) as MediationAction[];

describe('the mediation lifecycle', () => {
  const legal: [MediationStatus, MediationAction, MediationStatus, string | null][] = [
    ['RECEIVED', 'accept', 'ACCEPTED', 'ACCEPTED'],
    ['ACCEPTED', 'start', 'MEDIATING', 'MEDIATING'],
    ['MEDIATING', 'agree', 'AGREEMENT', 'AGREEMENT'],
    ['MEDIATING', 'fail', 'FAILED', 'REPLIED'],
    ['MEDIATING', 'escalate', 'ESCALATED', null],
    ['AGREEMENT', 'close', 'CLOSED', 'CLOSED'],
    ['FAILED', 'close', 'CLOSED', 'CLOSED'],
  ];

  it.each(legal)('%s --%s--> %s, reported as %s', (from, action, to, report) => {
    expect(transition(from, action, false)).toEqual({ from, to, report });
  });

  it('refuses every other move with ILLEGAL_TRANSITION naming both states', () => {
    let refused = 0;
    for (const status of MEDIATION_STATUSES) {
      for (const action of ACTIONS) {
        if (legal.some(([f, a]) => f === status && a === action)) continue;
        refused++;
        try {
          transition(status, action, false);
          throw new Error(`${status} --${action}--> should be refused`);
        } catch (err: any) {
          expect(err.extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: status, to: MEDIATION_RULES[action].to });
        }
      }
    }
    expect(refused).toBe(MEDIATION_STATUSES.length * ACTIONS.length - legal.length);
  });

  it('does not report acceptance and start of a later tier again, only how it ends', () => {
    expect(transition('RECEIVED', 'accept', true).report).toBeNull();
    expect(transition('ACCEPTED', 'start', true).report).toBeNull();
    expect(transition('MEDIATING', 'agree', true).report).toBe('AGREEMENT');
    expect(transition('MEDIATING', 'fail', true).report).toBe('REPLIED');
    expect(transition('FAILED', 'close', true).report).toBe('CLOSED');
  });
});

describe('tiers', () => {
  const village = '220302001001';
  const org = (id: string, kind: MediationOrganization['kind'], regionCode: string, specialty: MediationOrganization['specialty'] = null): MediationOrganization =>
    ({ id, name: id, kind, level: 'COUNTY', specialty, regionCode, address: '', phone: '' });
  const all = [
    org('V', 'PEOPLES_COMMITTEE', village), org('T', 'PEOPLES_COMMITTEE', '220302001000'), org('J', 'JOINT', '220302000000'),
    org('I-LAB', 'INDUSTRY', '220302000000', 'LABOUR'), org('I-MED', 'INDUSTRY', '220300000000', 'MEDICAL'),
    org('L2', 'LAWYER_STUDIO', '220302000000'), org('L1', 'LAWYER', '220302000000'), org('X', 'PEOPLES_COMMITTEE', '220323001000'),
  ];
  const ids = (c: ReturnType<typeof firstTier>) => c && [c.tier, c.organization.id];

  it('starts a professional dispute at its industry organization, county first, then the city\'s', () => {
    expect(ids(firstTier('LABOUR.WAGE_ARREARS', village, all))).toEqual(['COUNTY_JOINT_OR_INDUSTRY', 'I-LAB']);
    expect(ids(firstTier('MEDICAL.DISPUTE', village, all))).toEqual(['COUNTY_JOINT_OR_INDUSTRY', 'I-MED']);
  });

  it('starts any other dispute at the township committee, else the village one, else the county joint center', () => {
    expect(ids(firstTier('NEIGHBOUR.DISPUTE', village, all))).toEqual(['TOWNSHIP_COMMITTEE', 'T']);
    expect(ids(firstTier('FAMILY.MARRIAGE', village, all))).toEqual(['TOWNSHIP_COMMITTEE', 'T']);
    expect(ids(firstTier('TRAFFIC.ACCIDENT_INSURANCE', village, all.filter((o) => o.id !== 'T')))).toEqual(['GRID_VILLAGE', 'V']);
    expect(ids(firstTier('NEIGHBOUR.DISPUTE', village, all.filter((o) => o.id !== 'T' && o.id !== 'V')))).toEqual(['COUNTY_JOINT_OR_INDUSTRY', 'J']);
    expect(firstTier('NEIGHBOUR.DISPUTE', village, [all[7]])).toBeNull();
  });

  it('climbs to the next tier that has an organization, and stops at the top', () => {
    expect(ids(nextTier('GRID_VILLAGE', 'NEIGHBOUR.DISPUTE', village, all))).toEqual(['TOWNSHIP_COMMITTEE', 'T']);
    expect(ids(nextTier('TOWNSHIP_COMMITTEE', 'LABOUR.CONTRACT', village, all))).toEqual(['COUNTY_JOINT_OR_INDUSTRY', 'I-LAB']);
    expect(ids(nextTier('COUNTY_JOINT_OR_INDUSTRY', 'NEIGHBOUR.DISPUTE', village, all))).toEqual(['LAWYER', 'L1']);
    expect(ids(nextTier('LAWYER', 'NEIGHBOUR.DISPUTE', village, all))).toEqual(['COURT_PRE_LITIGATION', 'J']);
    expect(nextTier('COURT_PRE_LITIGATION', 'NEIGHBOUR.DISPUTE', village, all)).toBeNull();
    expect(ids(nextTier('GRID_VILLAGE', 'NEIGHBOUR.DISPUTE', village, all.filter((o) => o.id !== 'T')))).toEqual(['COUNTY_JOINT_OR_INDUSTRY', 'J']);
  });

  it('takes committees and the joint center from the dispute\'s own township and county', () => {
    expect(organizationFor('TOWNSHIP_COMMITTEE', 'NEIGHBOUR.DISPUTE', '220323001001', all)?.id).toBe('X');
    expect(organizationFor('COUNTY_JOINT_OR_INDUSTRY', 'NEIGHBOUR.DISPUTE', '220323001001', all)).toBeNull();
  });
});
