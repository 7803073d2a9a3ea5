import type { Department, MatterKind } from '../model';

/**
 * How a referral becomes a 12309 matter: its kind and the department that handles it, from the appeal's nature,
 * litigation-relatedness and category. Pure and deterministic.
 */
export function matterKindOf(r: { category: string; nature: string }): MatterKind {
  // Pollution is a public-interest litigation clue (公益诉讼线索); school matters concern minors (未成年人保护).
  if (r.category === 'ENVIRONMENT.POLLUTION') return 'PUBLIC_INTEREST_CLUE';
  if (r.category === 'PUBLIC.EDUCATION') return 'JUVENILE_PROTECTION';
  // 检举控告 is a report; 申诉求决 against a decision or judgment is an appeal; the rest are complaints.
  if (r.nature === 'ACCUSATION') return 'REPORT';
  if (r.nature === 'GRIEVANCE') return 'APPEAL';
  return 'COMPLAINT';
}

export function departmentOf(kind: MatterKind, litigation: string): Department {
  if (kind === 'PUBLIC_INTEREST_CLUE') return 'PUBLIC_INTEREST';
  if (kind === 'JUVENILE_PROTECTION') return 'JUVENILE';
  if (kind === 'REPORT') return litigation === 'CRIMINAL' ? 'CRIMINAL' : 'COMPLAINT_AND_APPEAL';
  if (litigation === 'CIVIL') return 'CIVIL';
  if (litigation === 'ADMINISTRATIVE') return 'ADMINISTRATIVE';
  return 'COMPLAINT_AND_APPEAL';
}
