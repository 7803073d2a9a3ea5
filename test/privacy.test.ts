import { makeIdNumber } from '../subgraphs/kit/idNumber';
import { startHub, type RunningHub } from './support/hub';
import { APPLICANT, appealInput, submit } from './support/intake';

/**
 * Personal data through the gateway (issue 4, item 3): masked by default; a stated-purpose reveal by a viewer with
 * `pii:read` returns the clear value and writes exactly one audit record an auditor can read; without the permission
 * nothing is revealed and nothing is written; a whistle-blower's identity never reaches the unit reported on; health
 * details only reach the units handling a medical dispute.
 */
let hub: RunningHub;
const tokens: Record<string, string> = {};
const ID_NUMBER = makeIdNumber('220302', '19880115', 2);
let medical: { id: string; parties: { id: string; role: string }[] };
let applicantId: string;

const PARTIES = `query P($id: ID!) { appeal(id: $id) { id description healthDetails parties { id role name idNumber phone address identityWithheld } } }`;
const REVEAL = `mutation R($id: ID!, $fields: [PersonalDataField!]!, $purpose: String!) {
  revealAppealPartyPersonalData(id: $id, fields: $fields, purpose: $purpose) { name idNumber phone address audit { id viewer viewerRole viewerUnit subjectType subjectId regionCode fields purpose requestId } }
}`;
const TRAIL = `query T($filter: PersonalDataRevealFilter) { personalDataReveals(filter: $filter, first: 50) { nodes { id viewer subjectId fields purpose } } }`;

const auditRows = () => hub.subgraphs.governance.db('pii_reveals').count({ n: '*' }).then(([r]) => Number((r as { n: number | string }).n));

beforeAll(async () => {
  hub = await startHub({ scale: 'small', counties: ['220302', '220303'] });
  const t = (name: string, v: Parameters<RunningHub['token']>[0]) => hub.token(v).then((x) => (tokens[name] = x));
  await Promise.all([
    t('citizen', { sub: 'citizen-pii', role: 'CITIZEN', jurisdictions: [], scopes: [] }),
    t('tiexi', { sub: 'tiexi-staff', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C220302000000', scopes: [] }),
    t('tiexiPii', { sub: 'tiexi-officer', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C220302000000', scopes: ['pii:read'] }),
    t('tiedongPii', { sub: 'tiedong-officer', role: 'CENTER_STAFF', jurisdictions: ['220303'], centerId: 'C220303000000', scopes: ['pii:read'] }),
    t('grid', { sub: 'grid-1', role: 'GRID_WORKER', jurisdictions: ['220302'], scopes: ['pii:read'] }),
    t('health', { sub: 'health-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220302-HEALTH_COMMISSION', scopes: ['pii:read'] }),
    t('auditor', { sub: 'auditor-1', role: 'AUDITOR', jurisdictions: ['220302'], scopes: [] }),
    t('auditorTiedong', { sub: 'auditor-2', role: 'AUDITOR', jurisdictions: ['220303'], scopes: [] }),
    t('admin', { sub: 'admin-1', role: 'ADMIN', jurisdictions: [], scopes: ['pii:read'] }),
  ]);
  const res = await submit(hub, tokens.citizen, appealInput({
    title: '分娩后死胎医疗纠纷',
    description: '孙丽反映：产妇在医院分娩后胎儿死亡，家属认为医院存在过错。联系电话13700001234。',
    healthDetails: '孕39周，分娩时胎心消失，院方病历记载脐带绕颈三周。',
    location: { gridCode: hub.world.city.grids.find((g) => g.regionCode.startsWith('220302'))!.code },
    applicant: { ...APPLICANT, name: '孙丽', idNumber: ID_NUMBER, phone: '13700001234', address: '四平市铁西区英雄街道北二路17号' },
    respondents: [{ name: '四平市某某医院' }],
  }));
  expect(res.body.errors).toBeUndefined();
  medical = res.body.data.submitAppeal.appeal;
  const parties = await hub.query(PARTIES, { id: medical.id }, tokens.tiexi);
  applicantId = parties.body.data.appeal.parties.find((p: { role: string }) => p.role === 'APPLICANT').id;
});
afterAll(async () => hub?.close());

test('personal data is masked for every viewer by default, also in free text', async () => {
  for (const who of ['tiexi', 'tiexiPii', 'health', 'citizen']) {
    const res = await hub.query(PARTIES, { id: medical.id }, tokens[who]);
    expect(res.body.errors).toBeUndefined();
    const applicant = res.body.data.appeal.parties.find((p: { role: string }) => p.role === 'APPLICANT');
    expect(applicant).toEqual({ id: applicantId, role: 'APPLICANT', name: '孙*', idNumber: `220302********${ID_NUMBER.slice(-4)}`, phone: '137****1234', address: '四平市铁西区英雄街道****', identityWithheld: false });
    expect(res.body.data.appeal.parties.find((p: { role: string }) => p.role === 'RESPONDENT').name).toBe('四******');
  }
  const staff = await hub.query(PARTIES, { id: medical.id }, tokens.tiexi);
  expect(staff.body.data.appeal.description).toBe('孙*反映：产妇在医院分娩后胎儿死亡，家属认为医院存在过错。联系电话137****1234。');
  // The citizen reads their own description as written.
  const own = await hub.query(PARTIES, { id: medical.id }, tokens.citizen);
  expect(own.body.data.appeal.description).toContain('13700001234');
  // Nothing in any response carries the clear values.
  expect(JSON.stringify(staff.body)).not.toContain(ID_NUMBER);
});

test('a stated-purpose reveal returns the clear values asked for and writes exactly one audit record', async () => {
  const before = await auditRows();
  const res = await hub.query(REVEAL, { id: applicantId, fields: ['ID_NUMBER', 'PHONE'], purpose: '电话回访核实身份' }, tokens.tiexiPii);
  expect(res.body.errors).toBeUndefined();
  const r = res.body.data.revealAppealPartyPersonalData;
  expect(r).toMatchObject({ name: null, idNumber: ID_NUMBER, phone: '13700001234', address: null });
  expect(r.audit).toMatchObject({ viewer: 'tiexi-officer', viewerRole: 'CENTER_STAFF', viewerUnit: 'C220302000000', subjectType: 'APPEAL_PARTY', subjectId: applicantId, fields: ['ID_NUMBER', 'PHONE'], purpose: '电话回访核实身份' });
  expect(r.audit.regionCode.startsWith('220302')).toBe(true);
  expect(r.audit.requestId).toEqual(expect.any(String));
  expect(await auditRows()).toBe(before + 1);
  const row = await hub.subgraphs.governance.db('pii_reveals').where({ id: r.audit.id }).first();
  expect(row).toMatchObject({ viewer_sub: 'tiexi-officer', subject_id: applicantId, purpose: '电话回访核实身份' });

  // The auditor of the jurisdiction finds it; another jurisdiction's auditor does not; nobody else may read the trail.
  const trail = await hub.query(TRAIL, { filter: { subjectId: applicantId } }, tokens.auditor);
  expect(trail.body.errors).toBeUndefined();
  expect(trail.body.data.personalDataReveals.nodes).toContainEqual({ id: r.audit.id, viewer: 'tiexi-officer', subjectId: applicantId, fields: ['ID_NUMBER', 'PHONE'], purpose: '电话回访核实身份' });
  const other = await hub.query(TRAIL, { filter: { subjectId: applicantId } }, tokens.auditorTiedong);
  expect(other.body.data.personalDataReveals.nodes).toEqual([]);
  for (const who of ['tiexiPii', 'admin', 'citizen']) {
    const denied = await hub.query(TRAIL, {}, tokens[who]);
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});

describe('without the right, nothing is revealed and nothing is written', () => {
  test.each([
    ['no pii:read', 'tiexi', { fields: ['NAME'], purpose: '电话回访核实身份' }, 'FORBIDDEN', undefined],
    ['a citizen', 'citizen', { fields: ['NAME'], purpose: '电话回访核实身份' }, 'FORBIDDEN', undefined],
    ['an administrator (configuration role)', 'admin', { fields: ['NAME'], purpose: '电话回访核实身份' }, 'FORBIDDEN', undefined],
    ['anonymous', undefined, { fields: ['NAME'], purpose: '电话回访核实身份' }, 'FORBIDDEN', undefined],
    ['another jurisdiction', 'tiedongPii', { fields: ['NAME'], purpose: '电话回访核实身份' }, 'NOT_FOUND', undefined],
    ['a blank purpose', 'tiexiPii', { fields: ['NAME'], purpose: '   ' }, 'BAD_USER_INPUT', 'purpose'],
    ['no fields', 'tiexiPii', { fields: [], purpose: '电话回访核实身份' }, 'BAD_USER_INPUT', 'fields'],
  ])('%s → %s', async (_name, who, args, code, field) => {
    const before = await auditRows();
    const res = await hub.query(REVEAL, { id: applicantId, ...args }, who ? tokens[who] : undefined);
    expect(res.body.data?.revealAppealPartyPersonalData ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(res.body.errors?.[0]?.extensions?.field).toBe(field);
    expect(JSON.stringify(res.body)).not.toContain('13700001234');
    expect(await auditRows()).toBe(before);
  });
  test('an unknown party id is NOT_FOUND, nothing written', async () => {
    const before = await auditRows();
    const res = await hub.query(REVEAL, { id: 'no-such-party', fields: ['NAME'], purpose: '电话回访核实身份' }, tokens.tiexiPii);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await auditRows()).toBe(before);
  });
});

test('health details reach only the units handling the medical dispute (and the citizen)', async () => {
  const details = '孕39周，分娩时胎心消失，院方病历记载脐带绕颈三周。';
  const seen = async (who: string) => (await hub.query(PARTIES, { id: medical.id }, tokens[who])).body.data?.appeal?.healthDetails ?? null;
  expect(await seen('health')).toBe(details); // the health commission: the lead unit
  expect(await seen('citizen')).toBe(details); // the citizen who brought it
  expect(await seen('tiexi')).toBeNull(); // district staff, not the receiving center
  expect(await seen('grid')).toBeNull(); // the grid worker of the area
  expect(await seen('admin')).toBeNull(); // the configuration role
});

describe('a whistle-blower', () => {
  let appealId: string;
  beforeAll(async () => {
    const res = await submit(hub, tokens.tiexi, appealInput({
      channel: 'WALK_IN',
      title: '举报卫健部门违规收费',
      description: '赵敏实名举报区卫健委在医疗纠纷鉴定中违规收费，请求为本人保密。',
      confidential: true,
      reportedUnitId: 'D220302-HEALTH_COMMISSION',
      category: 'MEDICAL.DISPUTE',
      location: { gridCode: hub.world.city.grids.find((g) => g.regionCode.startsWith('220302'))!.code },
      applicant: { ...APPLICANT, name: '赵敏', idNumber: makeIdNumber('220302', '19800101', 5), phone: '13900005678' },
    }));
    expect(res.body.errors).toBeUndefined();
    appealId = res.body.data.submitAppeal.appeal.id;
    // The report was routed to the health commission itself: it handles the matter, it never learns who reported it.
    expect(res.body.data.submitAppeal.appeal.dispatches.some((d: { department: { id: string } | null }) => d.department?.id === 'D220302-HEALTH_COMMISSION')).toBe(true);
  });

  test('the unit reported on gets the matter but not the identity, not even masked; its reveal is NOT_FOUND', async () => {
    const res = await hub.query(PARTIES, { id: appealId }, tokens.health);
    expect(res.body.errors).toBeUndefined();
    const applicant = res.body.data.appeal.parties.find((p: { role: string }) => p.role === 'APPLICANT');
    expect(applicant).toMatchObject({ name: null, idNumber: null, phone: null, address: null, identityWithheld: true });
    expect(JSON.stringify(res.body)).not.toMatch(/赵|13900005678|139\*\*\*\*5678/);
    expect(res.body.data.appeal.description).toBe('**实名举报区卫健委在医疗纠纷鉴定中违规收费，请求为本人保密。');
    const before = await auditRows();
    const reveal = await hub.query(REVEAL, { id: applicant.id, fields: ['NAME', 'PHONE'], purpose: '核实举报人身份' }, tokens.health);
    expect(reveal.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await auditRows()).toBe(before);
  });

  test('the center staff see it masked (and may reveal it with a purpose); grid workers see it withheld', async () => {
    const center = await hub.query(PARTIES, { id: appealId }, tokens.tiexiPii);
    const applicant = center.body.data.appeal.parties.find((p: { role: string }) => p.role === 'APPLICANT');
    expect(applicant).toMatchObject({ name: '赵*', phone: '139****5678', identityWithheld: false });
    const reveal = await hub.query(REVEAL, { id: applicant.id, fields: ['NAME'], purpose: '向举报人反馈办理结果' }, tokens.tiexiPii);
    expect(reveal.body.data.revealAppealPartyPersonalData.name).toBe('赵敏');
    const grid = await hub.query(PARTIES, { id: appealId }, tokens.grid);
    expect(grid.body.data.appeal.parties.find((p: { role: string }) => p.role === 'APPLICANT')).toMatchObject({ name: null, identityWithheld: true });
  });

  test('the reported unit is only for confidential matters and must exist', async () => {
    const notConfidential = await submit(hub, tokens.tiexi, appealInput({ channel: 'WALK_IN', reportedUnitId: 'D220302-HEALTH_COMMISSION' }));
    expect(notConfidential.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedUnitId' });
    const unknown = await submit(hub, tokens.tiexi, appealInput({ channel: 'WALK_IN', confidential: true, reportedUnitId: 'D-NOPE' }));
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedUnitId' });
  });
});
