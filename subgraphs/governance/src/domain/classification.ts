import { badUserInput } from '../../../kit/errors';
import { categoryByCode, type Category } from './categories';

export type Nature = 'SUGGESTION' | 'ACCUSATION' | 'GRIEVANCE' | 'CONSULTATION' | 'HELP' | 'COMPLAINT';
export type Litigation = 'NONE' | 'CIVIL' | 'ADMINISTRATIVE' | 'CRIMINAL';
export type ProceduralStatus = 'NONE' | 'IN_LITIGATION' | 'IN_ARBITRATION' | 'IN_ADMINISTRATIVE_REVIEW' | 'IN_PETITION';

/** Words that point to a category when the citizen did not choose one. First match wins. */
const KEYWORDS: [RegExp, string][] = [
  [/欠薪|讨薪|拖欠.{0,6}(工资|工钱|薪)|工资/, 'LABOUR.WAGE_ARREARS'],
  [/社保|养老保险|医保断缴/, 'LABOUR.SOCIAL_INSURANCE'],
  [/医疗|医院|手术|分娩|死胎|误诊/, 'MEDICAL.DISPUTE'],
  [/交通事故|车祸|理赔|保险公司/, 'TRAFFIC.ACCIDENT_INSURANCE'],
  [/噪声|噪音|扰民|空调外机/, 'ENVIRONMENT.NOISE'],
  [/污染|排污|异味|粉尘/, 'ENVIRONMENT.POLLUTION'],
  [/集资/, 'FINANCE.ILLEGAL_FUNDRAISING'],
  [/借款|借贷|欠款/, 'FINANCE.PRIVATE_LENDING'],
  [/物业/, 'PROPERTY.MANAGEMENT'],
  [/供暖|暖气|供热/, 'PROPERTY.HEATING'],
  [/离婚|婚姻|家暴/, 'FAMILY.MARRIAGE'],
  [/赡养|继承|遗产/, 'FAMILY.INHERITANCE'],
  [/拆迁|征地|征收/, 'LAND.EXPROPRIATION'],
  [/土地承包|承包地/, 'LAND.CONTRACT'],
  [/邻居|邻里|宅基地/, 'NEIGHBOUR.DISPUTE'],
  [/消费|退货|假货|商家/, 'CONSUMER.RIGHTS'],
  [/干部|作风|吃拿卡要/, 'CONDUCT.OFFICIAL'],
];

const NATURE_BY_ROOT: Record<string, Nature> = { CONDUCT: 'ACCUSATION', CONSUMER: 'COMPLAINT', ENVIRONMENT: 'COMPLAINT', PUBLIC: 'HELP' };
const LITIGATION_BY_CATEGORY: Record<string, Litigation> = {
  'LITIGATION.CIVIL': 'CIVIL', 'LITIGATION.ADMINISTRATIVE': 'ADMINISTRATIVE', 'LITIGATION.CRIMINAL': 'CRIMINAL', 'FINANCE.ILLEGAL_FUNDRAISING': 'CRIMINAL',
};

/** The legal route the citizen is told when a matter already in a legal procedure is not accepted again. */
export const LEGAL_ROUTES: Record<Exclude<ProceduralStatus, 'NONE'>, string> = {
  IN_LITIGATION: '该事项已进入诉讼程序，不再作为诉求受理；请依法通过诉讼程序（上诉、申请再审、申请执行）主张权利。',
  IN_ARBITRATION: '该事项已进入仲裁程序，不再作为诉求受理；请通过仲裁程序主张权利，对裁决不服可依法向人民法院起诉或申请撤销。',
  IN_ADMINISTRATIVE_REVIEW: '该事项已申请行政复议，不再作为诉求受理；请等待复议决定，对决定不服可依法提起行政诉讼。',
  IN_PETITION: '该事项正在信访程序中办理，不再重复受理；对处理意见不服可依法申请复查、复核。',
};

export interface Classification {
  category: Category;
  nature: Nature;
  litigation: Litigation;
  /** Not accepted: the legal route to state. */
  rejectedWith: string | null;
  /** Litigation-type matters go to this partner as lead (诉访分离), not into the petition flow. */
  litigationPartner: 'COURT' | 'PROCURATORATE' | null;
}

export function inferCategory(text: string): string | null {
  for (const [re, code] of KEYWORDS) if (re.test(text)) return code;
  return null;
}

/** Classify a submission: category (given or inferred), nature, litigation-relatedness and acceptance. */
export function classify(input: { title: string; description: string; category?: string | null; nature?: string | null; litigation?: string | null; proceduralStatus?: string | null }): Classification {
  const code = input.category ?? inferCategory(`${input.title} ${input.description}`);
  if (!code) throw badUserInput('input.category', 'could not be classified from the text; choose a category');
  const category = categoryByCode(code);
  if (!category) throw badUserInput('input.category', `unknown category ${code}`);
  if (!category.parentCode) throw badUserInput('input.category', 'choose a leaf category, not a group');
  const nature = (input.nature as Nature | null) ?? NATURE_BY_ROOT[category.code.split('.')[0]] ?? 'GRIEVANCE';
  const litigation = (input.litigation as Litigation | null) ?? LITIGATION_BY_CATEGORY[category.code] ?? 'NONE';
  const procedural = (input.proceduralStatus ?? 'NONE') as ProceduralStatus;
  const rejectedWith = procedural === 'NONE' ? null : LEGAL_ROUTES[procedural];
  const litigationPartner = litigation === 'CRIMINAL' ? 'PROCURATORATE' : litigation === 'NONE' ? null : 'COURT';
  return { category, nature, litigation, rejectedWith, litigationPartner };
}
