import type { HouseholdCategory } from '../../gql/graphql';

/** Household categories with their labels (the API's `categoryLabel` in Chinese). */
export const CATEGORIES: { value: HouseholdCategory; zh: string; en: string; color: string }[] = [
  { value: 'LIFTED_SUPPORTED', zh: '脱贫享受政策户', en: 'Lifted, supported', color: 'red' },
  { value: 'LIFTED_UNSUPPORTED', zh: '脱贫不再享受政策户', en: 'Lifted, unsupported', color: 'orange' },
  { value: 'MONITORED', zh: '监测户', en: 'Monitored', color: 'purple' },
  { value: 'ORDINARY', zh: '一般农户', en: 'Ordinary', color: 'default' },
];

export function categoryColor(value: HouseholdCategory): string {
  return CATEGORIES.find((c) => c.value === value)?.color ?? 'default';
}

/**
 * Risk flag codes and labels (backend/towncheck/households/risk.py). The schema offers no
 * list of them, so they are kept here; the API's own `label` is shown on households.
 */
export const RISK_FLAGS: { value: string; zh: string; en: string }[] = [
  { value: 'income_below_line', zh: '人均纯收入低于标准', en: 'Income below the line' },
  { value: 'income_near_line', zh: '人均纯收入略高于标准（边缘）', en: 'Income just above the line' },
  { value: 'housing_without_plan', zh: 'C/D 级危房无改造计划', en: 'Unsafe house without a plan' },
  { value: 'housing_overdue', zh: '危房改造逾期未完成', en: 'House repair overdue' },
  { value: 'no_basic_medical', zh: '有成员未参加基本医疗保险', en: 'A member lacks basic medical insurance' },
  { value: 'school_age_not_enrolled', zh: '有义务教育阶段成员未在校', en: 'A school-age member not enrolled' },
  { value: 'chronic_uncertified', zh: '慢性病未办理认定', en: 'Chronic illness not certified' },
  { value: 'unsafe_water', zh: '饮水不安全', en: 'Unsafe drinking water' },
];
