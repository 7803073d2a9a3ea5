/**
 * The category tree of appeals (诉求分类). Each leaf names the department kind that usually handles it and
 * which partner center it may involve. The routing catalogue (data, per jurisdiction) is built from this tree.
 */
export interface Category {
  code: string;
  name: string;
  parentCode: string | null;
  /** The department kind that usually leads (for the default routing catalogue). */
  leadKind: string | null;
  /** Department kinds that usually co-handle. */
  coKinds: string[];
}

const tree: [string, string, string | null, string[]?][] = [
  ['LABOUR', '劳动社保', null],
  ['LABOUR.WAGE_ARREARS', '拖欠工资', 'HR_SOCIAL_SECURITY', ['PUBLIC_SECURITY', 'JUSTICE']],
  ['LABOUR.SOCIAL_INSURANCE', '社会保险', 'HR_SOCIAL_SECURITY'],
  ['LABOUR.CONTRACT', '劳动合同', 'HR_SOCIAL_SECURITY'],
  ['MEDICAL', '医疗卫生', null],
  ['MEDICAL.DISPUTE', '医疗纠纷', 'HEALTH_COMMISSION', ['JUSTICE']],
  ['MEDICAL.SERVICE', '医疗服务', 'HEALTH_COMMISSION'],
  ['TRAFFIC', '交通运输', null],
  ['TRAFFIC.ACCIDENT_INSURANCE', '交通事故与保险理赔', 'FINANCIAL_REGULATOR', ['PUBLIC_SECURITY']],
  ['TRAFFIC.ROADS', '道路与公共交通', 'TRANSPORT'],
  ['NEIGHBOUR', '邻里纠纷', null],
  ['NEIGHBOUR.DISPUTE', '邻里矛盾', 'JUSTICE'],
  ['PROPERTY', '物业住房', null],
  ['PROPERTY.MANAGEMENT', '物业管理', 'HOUSING'],
  ['PROPERTY.HEATING', '供暖供水', 'HOUSING'],
  ['FAMILY', '婚姻家庭', null],
  ['FAMILY.MARRIAGE', '婚姻纠纷', 'WOMEN_FEDERATION', ['JUSTICE']],
  ['FAMILY.INHERITANCE', '继承赡养', 'CIVIL_AFFAIRS', ['JUSTICE']],
  ['LAND', '土地征收', null],
  ['LAND.EXPROPRIATION', '征地拆迁', 'NATURAL_RESOURCES', ['HOUSING']],
  ['LAND.CONTRACT', '土地承包', 'AGRICULTURE'],
  ['ENVIRONMENT', '生态环境', null],
  ['ENVIRONMENT.NOISE', '噪声扰民', 'LAW_ENFORCEMENT', ['ECOLOGY_ENVIRONMENT']],
  ['ENVIRONMENT.POLLUTION', '环境污染', 'ECOLOGY_ENVIRONMENT'],
  ['CONSUMER', '消费维权', null],
  ['CONSUMER.RIGHTS', '消费纠纷', 'MARKET_REGULATION'],
  ['FINANCE', '金融借贷', null],
  ['FINANCE.PRIVATE_LENDING', '民间借贷', 'FINANCIAL_REGULATOR'],
  ['FINANCE.ILLEGAL_FUNDRAISING', '非法集资', 'FINANCIAL_REGULATOR', ['PUBLIC_SECURITY']],
  ['CONDUCT', '作风纪律', null],
  ['CONDUCT.OFFICIAL', '干部作风', 'DISCIPLINE_INSPECTION'],
  ['LITIGATION', '涉法涉诉', null],
  ['LITIGATION.CIVIL', '民事诉讼类', 'JUSTICE'],
  ['LITIGATION.ADMINISTRATIVE', '行政诉讼类', 'JUSTICE'],
  ['LITIGATION.CRIMINAL', '刑事诉讼类', 'PUBLIC_SECURITY'],
  ['PUBLIC', '公共服务', null],
  ['PUBLIC.UTILITIES', '水电气', 'HOUSING'],
  ['PUBLIC.EDUCATION', '教育', 'EDUCATION'],
];

export const CATEGORIES: Category[] = tree.map(([code, name, leadKind, coKinds]) => ({
  code,
  name,
  parentCode: code.includes('.') ? code.split('.')[0] : null,
  leadKind: code.includes('.') ? leadKind : null,
  coKinds: coKinds ?? [],
}));

export const LEAF_CATEGORIES = CATEGORIES.filter((c) => c.parentCode !== null);
const byCode = new Map(CATEGORIES.map((c) => [c.code, c]));

export function categoryByCode(code: string): Category | undefined {
  return byCode.get(code);
}
