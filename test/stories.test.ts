import { makeIdNumber } from '../subgraphs/kit/idNumber';
import { startHub, type RunningHub } from './support/hub';
import { APPLICANT, MUTATE, TIMELINE, appealInput, eventually, submit } from './support/intake';

/**
 * The four stories of domain.md, end to end through the gateway: intake, routing to the right target, acceptance,
 * progress, reply, closure, with the timeline to prove it.
 */
let hub: RunningHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  hub = await startHub({ scale: 'small', counties: ['220302', '220303', '220323'] });
  const t = (name: string, v: Parameters<RunningHub['token']>[0]) => hub.token(v).then((x) => (tokens[name] = x));
  await Promise.all([
    t('citizen', { sub: 'citizen-1', role: 'CITIZEN', jurisdictions: [], scopes: [] }),
    t('city', { sub: 'city-staff', role: 'CENTER_STAFF', jurisdictions: ['2203'], centerId: 'C220300000000', scopes: [] }),
    t('tiedong', { sub: 'tiedong-staff', role: 'CENTER_STAFF', jurisdictions: ['220303'], centerId: 'C220303000000', scopes: [] }),
    t('yitongTown', { sub: 'yitong-town-staff', role: 'CENTER_STAFF', jurisdictions: ['220323100'], centerId: 'C220323100000', scopes: [] }),
    t('regulator', { sub: 'regulator-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220300-FINANCIAL_REGULATOR', scopes: [] }),
    t('enforcement', { sub: 'enforce-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220303-LAW_ENFORCEMENT', scopes: [] }),
    t('hr', { sub: 'hr-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220323-HR_SOCIAL_SECURITY', scopes: [] }),
    t('police', { sub: 'police-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220323-PUBLIC_SECURITY', scopes: [] }),
    t('health', { sub: 'health-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220302-HEALTH_COMMISSION', scopes: [] }),
  ]);
});
afterAll(async () => hub?.close());

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

async function timelineOf(id: string) {
  const data = await ok(TIMELINE, { id }, tokens.city);
  return data.appeal;
}

const kinds = (a: { timeline: { kind: string }[] }) => a.timeline.map((e) => e.kind);

describe('the four stories of domain.md', () => {
  it('1. the insurer who would not pay: mini-program → city banking and insurance regulator → paid → closed', async () => {
    const res = await submit(hub, tokens.citizen, appealInput());
    expect(res.body.errors).toBeUndefined();
    const { appeal, outcome } = res.body.data.submitAppeal;
    expect(outcome).toBe('ACCEPTED');
    expect(appeal.category.code).toBe('TRAFFIC.ACCIDENT_INSURANCE');
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    expect(lead.department.id).toBe('D220300-FINANCIAL_REGULATOR');
    await ok(MUTATE.accept, { id: lead.id }, tokens.regulator);
    await ok(MUTATE.progress, { id: lead.id, note: '已约谈保险公司' }, tokens.regulator);
    await ok(MUTATE.reply, { id: lead.id, reply: '保险公司已足额赔付' }, tokens.regulator);
    await ok(MUTATE.close, { id: appeal.id, note: '群众确认已赔付' }, tokens.city);
    const done = await timelineOf(appeal.id);
    expect(done.status).toBe('CLOSED');
    expect(kinds(done)).toEqual(['RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED']);
    expect(done.timeline.find((e: any) => e.kind === 'ACCEPTED').actor).toBe('DEPARTMENT_STAFF:regulator-1');
  });

  it('2. the unpaid villagers of 伊通镇: the township center leads, county departments co-handle and report to the lead', async () => {
    const res = await submit(hub, tokens.yitongTown, appealInput({
      channel: 'WALK_IN', title: '外地企业拖欠村民工资', description: '2014年和2021年两家外地企业分别拖欠村民工资20余万元和12万元，请求帮助追讨。',
      location: { address: '吉林省伊通满族自治县伊通镇' + hub.world.city.regions.find((r) => r.code.startsWith('220323100') && r.level === 'VILLAGE')!.name },
      representatives: [{ name: '李春梅', phone: '13900001111' }, { name: '赵德胜', phone: '13900002222' }],
    }));
    expect(res.body.errors).toBeUndefined();
    const { appeal } = res.body.data.submitAppeal;
    expect(appeal.category.code).toBe('LABOUR.WAGE_ARREARS');
    expect(appeal.grid.code.startsWith('220323100')).toBe(true);
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    expect(lead.center.id).toBe('C220323100000');
    const co = appeal.dispatches.filter((d: any) => d.role === 'CO_HANDLER').map((d: any) => d.department.id).sort();
    expect(co).toEqual(['D220323-HR_SOCIAL_SECURITY', 'D220323-JUSTICE', 'D220323-PUBLIC_SECURITY']);
    await ok(MUTATE.accept, { id: lead.id }, tokens.yitongTown);
    const hr = appeal.dispatches.find((d: any) => d.department?.id === 'D220323-HR_SOCIAL_SECURITY');
    const police = appeal.dispatches.find((d: any) => d.department?.id === 'D220323-PUBLIC_SECURITY');
    await ok(MUTATE.accept, { id: hr.id }, tokens.hr);
    await ok(MUTATE.progress, { id: hr.id, note: '追回工资183,000元' }, tokens.hr);
    await ok(MUTATE.accept, { id: police.id }, tokens.police);
    await ok(MUTATE.progress, { id: police.id, note: '稳控工作完成' }, tokens.police);
    await ok(MUTATE.progress, { id: lead.id, note: '专班分工：追薪组、维稳组、救助组' }, tokens.yitongTown);
    await ok(MUTATE.reply, { id: lead.id, reply: '一个月内追回工资183,000元' }, tokens.yitongTown);
    await ok(MUTATE.close, { id: appeal.id }, tokens.yitongTown);
    const done = await timelineOf(appeal.id);
    expect(done.status).toBe('CLOSED');
    const reports = done.timeline.filter((e: any) => e.kind === 'CO_HANDLER_REPORT').map((e: any) => e.note);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toContain('183,000');
    expect(kinds(done).filter((k: string) => !k.startsWith('CO_HANDLER'))).toEqual(['RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED']);
  });

  it('3. the noisy air conditioners of 铁东: the district center dispatches to law enforcement → removed → closed', async () => {
    const grid = hub.world.city.grids.find((g) => g.regionCode.startsWith('220303'))!;
    const res = await submit(hub, tokens.tiedong, appealInput({
      channel: 'HOTLINE', title: '空调外机昼夜噪声扰民', description: '某公司数十台空调外机设在居民楼下，昼夜运转，噪声扰民。', location: { gridCode: grid.code },
    }));
    expect(res.body.errors).toBeUndefined();
    const { appeal } = res.body.data.submitAppeal;
    expect(appeal.center.id).toBe('C220303000000');
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    expect(lead.department.id).toBe('D220303-LAW_ENFORCEMENT');
    await ok(MUTATE.accept, { id: lead.id }, tokens.enforcement);
    await ok(MUTATE.progress, { id: lead.id, note: '现场监测：夜间噪声超过限值' }, tokens.enforcement);
    await ok(MUTATE.reply, { id: lead.id, reply: '责令整改，空调外机已拆除移位' }, tokens.enforcement);
    await ok(MUTATE.close, { id: appeal.id }, tokens.tiedong);
    const done = await timelineOf(appeal.id);
    expect(kinds(done)).toEqual(['RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED']);
  });

  it('4. the medical dispute: health commission leads, the public legal service center mediates through a durable referral', async () => {
    const res = await submit(hub, tokens.citizen, appealInput({
      title: '分娩后死胎医疗纠纷', description: '产妇在医院分娩后胎儿死亡，家属认为医院存在过错，请求认定责任并赔偿。',
      location: { gridCode: hub.world.city.grids.find((g) => g.regionCode.startsWith('220302'))!.code },
      applicant: { ...APPLICANT, name: '孙丽', idNumber: makeIdNumber('220302', '19880115', 2), phone: '13700001234' },
    }));
    expect(res.body.errors).toBeUndefined();
    const { appeal } = res.body.data.submitAppeal;
    expect(appeal.category.code).toBe('MEDICAL.DISPUTE');
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    expect(lead.department.id).toBe('D220302-HEALTH_COMMISSION');
    const referral = appeal.dispatches.find((d: any) => d.partner === 'LEGAL_SERVICES');
    expect(referral).toBeDefined();
    // The outbox delivers the referral to legal services, which holds it as a mediation.
    const mediation = await eventually(async () => hub.subgraphs['legal-services'].db('mediations').where({ dispatch_id: referral.id }).first(), 20_000, 'the referral to reach legal services');
    expect(mediation.appeal_id).toBe(appeal.id);
    await ok(MUTATE.accept, { id: lead.id }, tokens.health);
    await ok(MUTATE.progress, { id: lead.id, note: '医疗事故技术鉴定：医方存在过错' }, tokens.health);
    await ok(MUTATE.reply, { id: lead.id, reply: '医院承担赔偿责任，已达成赔偿协议' }, tokens.health);
    await ok(MUTATE.close, { id: appeal.id }, tokens.city);
    const done = await timelineOf(appeal.id);
    expect(done.status).toBe('CLOSED');
    expect(kinds(done)).toEqual(expect.arrayContaining(['RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED']));
  });
});
