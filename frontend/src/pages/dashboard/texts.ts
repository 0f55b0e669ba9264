/**
 * The dashboard's texts, both languages. Kept next to the area (src/i18n.tsx is shared by
 * every area); read through the app's i18n state with `useDashText()`.
 */
import { useCallback } from 'react';
import { useI18n, type Vars } from '../../i18n';

const TEXTS = {
  title: { zh: '全县对比', en: 'County dashboard' },
  subtitle: { zh: '各乡镇最新评估周期的得分、分项、指标与模拟第三方评估', en: "Every town's latest cycle: scores, sections, indicators and the mock evaluation" },
  year: { zh: '评估年度', en: 'Year' },
  yearOption: { zh: '{year} 年', en: '{year}' },
  requestCounty: { zh: '全县重新评分', en: 'Score every town' },
  requestCycle: { zh: '重新评分', en: 'Score again' },
  jobQueued: { zh: '评分任务已排队…', en: 'Scoring queued…' },
  jobRunning: { zh: '正在评分：{done}/{total}', en: 'Scoring: {done}/{total}' },
  jobDone: { zh: '评分完成', en: 'Scoring finished' },
  jobFailed: { zh: '评分失败：{error}', en: 'Scoring failed: {error}' },
  export: { zh: '导出 Excel', en: 'Export .xlsx' },
  rank: { zh: '名次', en: 'Rank' },
  town: { zh: '乡镇', en: 'Town' },
  cycle: { zh: '评估周期', en: 'Cycle' },
  score: { zh: '总分', en: 'Total' },
  previous: { zh: '上一周期', en: 'Previous' },
  change: { zh: '变化', en: 'Change' },
  households: { zh: '评分户数', en: 'Households' },
  dataCutoff: { zh: '数据截止', en: 'Data cut-off' },
  explanation: { zh: '名次说明', en: 'Why this rank' },
  details: { zh: '明细', en: 'Details' },
  drill: { zh: '下钻', en: 'Drill down' },
  noComparison: { zh: '该年度还没有任何乡镇的评估周期', en: 'No town has a cycle in this year' },
  notScored: { zh: '尚无评分：点击“全县重新评分”开始', en: 'Not scored yet: press “Score every town”' },
  totalsChart: { zh: '乡镇总分排名', en: 'Towns ranked by total' },
  radarChart: { zh: '分项得分对比', en: 'Section sub-scores compared' },
  radarPick: { zh: '选择要对比的乡镇', en: 'Pick towns to compare' },
  radarEmpty: { zh: '请选择至少一个已评分的乡镇', en: 'Pick at least one scored town' },
  mockTitle: { zh: '模拟第三方评估（95% 置信区间）', en: 'Mock third-party evaluation (95 % interval)' },
  mockTown: { zh: '乡镇', en: 'Town' },
  mockEmpty: { zh: '没有模拟评估数据', en: 'No mock evaluation data' },
  indicators: { zh: '指标', en: 'Indicators' },
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '数值', en: 'Value' },
  interval: { zh: '95% 区间', en: '95 % interval' },
  base: { zh: '样本/分母', en: 'Sample / base' },
  sections: { zh: '分项得分', en: 'Sections' },
  section: { zh: '分项', en: 'Section' },
  item: { zh: '评估项目', en: 'Item' },
  points: { zh: '得分', en: 'Points' },
  maximum: { zh: '满分', en: 'Maximum' },
  lost: { zh: '失分', en: 'Lost' },
  checkpoints: { zh: '参评指标', en: 'Checkpoints' },
  items: { zh: '失分项目', en: 'Items with points lost' },
  noLoss: { zh: '没有失分项目', en: 'No points lost' },
  worst: { zh: '失分最多', en: 'Top losses' },
  back: { zh: '返回全县对比', en: 'Back to the county' },
  snapshot: { zh: '第 {number} 次评分', en: 'Snapshot {number}' },
  snapshotShort: { zh: '第{number}次', en: '#{number}' },
  snapshotLabel: { zh: '评分次数', en: 'Snapshot' },
  mockNoSample: { zh: '样本不足，暂无估计值（需要入户访谈与互查数据）', en: 'Not enough sample yet (needs visits and cross-checks)' },
  townOf: { zh: '{name}得分构成', en: '{name}: score breakdown' },
  trend: { zh: '得分趋势（各次评分）', en: 'Trend across snapshots' },
  trendEmpty: { zh: '还没有评分快照', en: 'No snapshots yet' },
  noScores: { zh: '本周期尚无评分，请点击“重新评分”', en: 'This cycle has not been scored; press “Score again”' },
  areas: { zh: '管理区', en: 'Areas' },
  villages: { zh: '村', en: 'Villages' },
  cadres: { zh: '干部', en: 'Cadres' },
  groupEmpty: { zh: '该层级没有评分数据', en: 'No scores at this level' },
  pickGroup: { zh: '点击左侧一行查看得分明细', en: 'Pick a row to see its breakdown' },
  villagesOf: { zh: '{name}的村', en: 'Villages of {name}' },
  name: { zh: '名称', en: 'Name' },
  breakdownOf: { zh: '{name} 得分明细', en: '{name}: breakdown' },
  townBreakdown: { zh: '乡镇得分构成', en: "The town's total" },
  drillTitle: { zh: '逐级下钻：管理区 → 村', en: 'Drill down: areas → villages' },
  cadreTitle: { zh: '干部得分', en: 'Cadre scores' },
  unitRate: { zh: '比率', en: 'rate' },
  higherBetter: { zh: '越高越好', en: 'higher is better' },
  lowerBetter: { zh: '越低越好', en: 'lower is better' },
} satisfies Record<string, { zh: string; en: string }>;

export type DashKey = keyof typeof TEXTS;

export function useDashText() {
  const { lang } = useI18n();
  return useCallback(
    (key: DashKey, vars?: Vars) => {
      const text = TEXTS[key][lang];
      return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
    },
    [lang],
  );
}
