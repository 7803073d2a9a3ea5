import type { Specialty } from '../model';

/** Fixed wording the seeder draws from: organization names, legal routes, agreement terms, a question bank. */

export const SPECIALTY_NAME: Record<Specialty, string> = {
  TRAFFIC: '道路交通事故', MEDICAL: '医疗纠纷', LABOUR: '劳动争议', PROPERTY: '物业纠纷', FAMILY: '婚姻家庭纠纷',
  CONSUMER: '消费纠纷', INSURANCE: '保险合同纠纷', CONSTRUCTION: '建设工程纠纷', LAND: '土地承包纠纷',
  ENVIRONMENT: '环境纠纷', FINANCE: '金融纠纷', EDUCATION: '校园纠纷', TOURISM: '旅游纠纷', ENTERPRISE: '商会',
};

/** Categories whose disputes are usually about money. */
export function isMonetary(category: string): boolean {
  return ['LABOUR', 'MEDICAL', 'TRAFFIC', 'FINANCE', 'PROPERTY', 'CONSUMER', 'LAND'].includes(category.split('.')[0]);
}

export function isLabourOrFamily(category: string): boolean {
  return /^(LABOUR|FAMILY)\./.test(category);
}

/** What the parties were told when a tier failed (告知法律途径). */
export function legalRoutes(category: string, escalatedTo: string | null): string {
  const root = category.split('.')[0];
  const route = root === 'LABOUR' ? '向劳动人事争议仲裁委员会申请仲裁' : root === 'MEDICAL' ? '申请医疗损害鉴定后向人民法院提起诉讼'
    : root === 'TRAFFIC' ? '向人民法院提起机动车交通事故责任纠纷诉讼' : root === 'LAND' ? '向农村土地承包仲裁委员会申请仲裁或提起诉讼'
    : '依法向人民法院提起诉讼';
  return escalatedTo ? `本级调解未达成协议，经当事人同意转${escalatedTo}继续调解；已告知当事人亦可${route}。` : `调解未达成协议，已告知当事人可${route}，并可申请法律援助。`;
}

export function agreementTerms(category: string, amount: string | null): string {
  const pay = amount ? `被申请人于协议签订之日起三十日内向申请人支付${amount}元，` : '';
  const root = category.split('.')[0];
  const core = root === 'LABOUR' ? '结清拖欠的劳动报酬' : root === 'MEDICAL' ? '医疗机构承担相应赔偿责任' : root === 'TRAFFIC' ? '保险公司在责任限额内赔付'
    : root === 'FAMILY' ? '双方就抚养、赡养及财产分割达成一致' : root === 'NEIGHBOUR' ? '双方恢复相邻通行并修复受损设施' : root === 'PROPERTY' ? '物业公司整改服务并调整收费'
    : '双方就争议事项达成一致';
  return `${pay}${core}；双方履行完毕后就本纠纷再无其他争议。`;
}

export const LEGAL_AID_MATTER: Record<string, string> = {
  'LABOUR.WAGE_ARREARS': '追索劳动报酬', 'LABOUR.SOCIAL_INSURANCE': '请求补缴社会保险', 'LABOUR.CONTRACT': '确认劳动关系及经济补偿',
  'FAMILY.MARRIAGE': '离婚纠纷代理', 'FAMILY.INHERITANCE': '请求给付赡养费及继承纠纷', 'MEDICAL.DISPUTE': '请求医疗损害赔偿',
  'TRAFFIC.ACCIDENT_INSURANCE': '请求交通事故人身损害赔偿',
};

/** A small bank of questions and answers by category root; GENERAL when nothing fits. */
export const QUESTION_BANK: Record<string, [string, string][]> = {
  LABOUR: [
    ['老板拖欠工资三个月了，没签劳动合同能要回来吗？', '未签劳动合同不影响追索劳动报酬。可收集考勤、转账记录、工友证言等证据，向劳动保障监察投诉或申请劳动仲裁，符合条件的可申请法律援助。'],
    ['工地包工头跑了，工资找谁要？', '根据《保障农民工工资支付条例》，施工总承包单位对分包单位拖欠的农民工工资承担先行清偿责任，可向人社部门投诉。'],
  ],
  FAMILY: [
    ['离婚时孩子抚养权怎么判？', '法院以最有利于未成年子女为原则，综合考虑双方抚养条件；已满八周岁的子女，应当尊重其真实意愿。'],
    ['父母留下的房子，兄弟姐妹怎么分？', '没有遗嘱的按法定继承办理，第一顺序继承人原则上均等分配；可先行协商或申请人民调解。'],
  ],
  MEDICAL: [
    ['怀疑医院手术有过错，应该怎么办？', '可申请封存病历，申请医疗损害鉴定；可向医疗纠纷人民调解委员会申请免费调解，也可直接起诉。'],
  ],
  TRAFFIC: [
    ['出了交通事故，保险公司迟迟不理赔怎么办？', '可向银行保险监管部门投诉，也可申请道路交通事故纠纷人民调解，或直接起诉保险公司。诉讼时效一般为三年。'],
  ],
  PROPERTY: [
    ['物业服务不到位，可以拒交物业费吗？', '不宜直接拒交，否则可能被起诉。可以保留证据，通过业主委员会协商或申请物业纠纷人民调解。'],
  ],
  NEIGHBOUR: [
    ['楼上漏水把我家泡了，对方不管怎么办？', '可请物业或社区协调并保留照片等证据，申请人民调解；调解不成可起诉要求赔偿损失。'],
  ],
  FINANCE: [
    ['借钱给朋友只有微信聊天记录，能要回来吗？', '微信聊天记录、转账记录可以作为证据，建议完整保存原始载体，可先催告，再申请调解或起诉。'],
  ],
  GENERAL: [
    ['法律援助需要什么条件？', '经济困难且属于法律援助事项范围的公民可以申请，可到所在地法律援助工作站或拨打12348咨询。'],
    ['人民调解收费吗？调解协议有法律效力吗？', '人民调解不收费。调解协议具有法律约束力，双方可在协议生效之日起三十日内共同向人民法院申请司法确认。'],
  ],
};

export function questionsFor(category: string | null): [string, string][] {
  return (category && QUESTION_BANK[category.split('.')[0]]) || QUESTION_BANK.GENERAL;
}
