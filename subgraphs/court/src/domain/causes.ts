import type { CourtCaseType } from '../model';

/**
 * From an appeal category (governance's tree) to the court's case type and cause of action (案由, per the
 * Supreme People's Court's civil cause-of-action catalogue).
 */
const CIVIL_CAUSE: Record<string, string> = {
  'LABOUR.WAGE_ARREARS': '追索劳动报酬纠纷',
  'LABOUR.SOCIAL_INSURANCE': '社会保险纠纷',
  'LABOUR.CONTRACT': '劳动合同纠纷',
  'MEDICAL.DISPUTE': '医疗损害责任纠纷',
  'MEDICAL.SERVICE': '医疗服务合同纠纷',
  'TRAFFIC.ACCIDENT_INSURANCE': '机动车交通事故责任纠纷',
  'TRAFFIC.ROADS': '公共道路妨碍通行损害责任纠纷',
  'NEIGHBOUR.DISPUTE': '相邻关系纠纷',
  'PROPERTY.MANAGEMENT': '物业服务合同纠纷',
  'PROPERTY.HEATING': '供用热力合同纠纷',
  'FAMILY.MARRIAGE': '离婚纠纷',
  'FAMILY.INHERITANCE': '继承纠纷',
  'LAND.EXPROPRIATION': '房屋征收补偿合同纠纷',
  'LAND.CONTRACT': '土地承包经营权纠纷',
  'ENVIRONMENT.NOISE': '噪声污染责任纠纷',
  'ENVIRONMENT.POLLUTION': '环境污染责任纠纷',
  'CONSUMER.RIGHTS': '买卖合同纠纷',
  'FINANCE.PRIVATE_LENDING': '民间借贷纠纷',
  'PUBLIC.UTILITIES': '供用水合同纠纷',
  'PUBLIC.EDUCATION': '教育机构责任纠纷',
};
const GENERAL_CIVIL = ['合同纠纷', '民间借贷纠纷', '侵权责任纠纷', '买卖合同纠纷'];
const ADMINISTRATIVE = ['行政处罚', '行政强制', '行政征收', '行政登记', '行政不作为'];
const CRIMINAL = ['故意伤害罪', '侮辱罪', '诽谤罪', '侵占罪'];
export const JUDICIAL_CONFIRMATION_CAUSE = '申请司法确认调解协议';

export function caseTypeOf(category: string): Exclude<CourtCaseType, 'JUDICIAL_CONFIRMATION'> {
  if (category === 'LITIGATION.ADMINISTRATIVE') return 'ADMINISTRATIVE';
  if (category === 'LITIGATION.CRIMINAL' || category === 'FINANCE.ILLEGAL_FUNDRAISING') return 'CRIMINAL';
  return 'CIVIL';
}

/** Where the category does not decide one cause, `rng` picks among the usual ones. */
export function causeOfAction(category: string, type: CourtCaseType, rng: { pick<T>(items: readonly T[]): T }): string {
  if (type === 'JUDICIAL_CONFIRMATION') return JUDICIAL_CONFIRMATION_CAUSE;
  if (type === 'ADMINISTRATIVE') return rng.pick(ADMINISTRATIVE);
  if (type === 'CRIMINAL') return category === 'FINANCE.ILLEGAL_FUNDRAISING' ? '非法吸收公众存款罪' : rng.pick(CRIMINAL);
  return CIVIL_CAUSE[category] ?? rng.pick(GENERAL_CIVIL);
}
