import { makeIdNumber } from '../subgraphs/kit/idNumber';
import type { Random } from './random';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文关佟那';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅鑫波斌宇浩凯丹玲建国建华志强海燕春梅晓东立新淑珍桂兰凤英德胜文';

export function personName(rng: Random): string {
  const s = SURNAMES[rng.int(0, SURNAMES.length - 1)];
  const n = rng.int(1, 2);
  let g = '';
  for (let i = 0; i < n; i++) g += GIVEN[rng.int(0, GIVEN.length - 1)];
  return s + g;
}

export function mobile(rng: Random): string {
  const prefix = rng.pick(['130', '131', '132', '135', '136', '138', '139', '150', '151', '155', '158', '186', '187', '189', '177', '199']);
  return prefix + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

export function idNumber(rng: Random, areaCode6: string): string {
  const y = rng.int(1950, 2004), m = rng.int(1, 12), d = rng.int(1, 28);
  return makeIdNumber(areaCode6, `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`, rng.int(1, 999));
}

const COMPANY_PREFIX = ['四平', '吉林', '长春', '辽源', '梨树', '伊通', '双辽', '铁西', '铁东'];
const COMPANY_CORE = ['恒达', '宏远', '鑫盛', '华信', '金泰', '安民', '广源', '昌隆', '东方', '北辰', '瑞丰', '永利'];
const COMPANY_KIND = ['建筑工程有限公司', '房地产开发有限公司', '物业服务有限公司', '商贸有限公司', '财产保险股份有限公司支公司', '农业发展有限公司', '机械制造有限公司'];

export function companyName(rng: Random): string {
  return rng.pick(COMPANY_PREFIX) + rng.pick(COMPANY_CORE) + rng.pick(COMPANY_KIND);
}
