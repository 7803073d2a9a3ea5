import type { DemoAppeal } from '../../../../demo/model';
import type { PetitionType } from '../domain/types';

/** Demo wording of the petition center's decisions and replies. */
export const LEGAL_ROUTES: Record<DemoAppeal['litigation'], string[]> = {
  CIVIL: ['属民事纠纷，告知依法向人民法院提起民事诉讼或申请诉前调解', '属民事纠纷，告知可申请人民调解或向人民法院起诉'],
  ADMINISTRATIVE: ['对行政行为不服，告知依法申请行政复议或提起行政诉讼', '属行政争议，告知依法向人民法院提起行政诉讼'],
  CRIMINAL: ['涉嫌刑事犯罪，告知依法向公安机关报案或向人民检察院控告', '属刑事案件，告知依法向人民检察院12309反映'],
  NONE: ['已进入诉讼程序，告知依法通过诉讼途径解决', '属仲裁事项，告知依法申请劳动人事争议仲裁'],
};

export const NOT_ACCEPTED_ROUTES = [
  '同一信访事项已在办理期限内，不予重复受理，告知继续关注办理进展',
  '该信访事项已经复核终结，不再受理',
  '该事项已由上级机关受理，告知向受理机关了解进展',
];

export const EXTENSION_REASONS = ['涉及多个部门，需会商研究', '需调取历史档案核实', '需组织现场勘验和第三方鉴定', '涉及外地企业，需跨地区协调'];

export const RESULTS: Record<PetitionType, string[]> = {
  APPEAL_DEMAND: ['诉求合理，已督促责任单位解决', '诉求部分合理，已协调解决合理部分，并作出解释说明', '诉求缺乏政策依据，已依法解释说明'],
  SUGGESTION: ['建议已转有关部门研究采纳', '感谢建议，已纳入相关工作改进'],
  ACCUSATION: ['经调查核实，反映问题部分属实，已移交有关部门处理', '经调查核实，反映问题不属实'],
  CONSULTATION: ['已就相关政策作出解答'],
  HELP: ['已协调有关部门给予帮扶救助', '已协助联系相关单位解决困难'],
};

export const STAGE_OPINIONS = {
  UPHELD: ['经复查，原处理意见认定事实清楚、适用政策正确，予以维持', '经审查，原意见正确，予以维持'],
  REVISED: ['经复查，原处理意见部分不当，予以变更', '经审查，原意见依据不足，予以撤销并责成重新办理'],
} as const;

