import { Placeholder } from '../../components/Placeholder';

/** County dashboard — placeholder; replace this file with the real page. */
export default function DashboardPage() {
  return (
    <Placeholder
      titleZh="全县对比"
      titleEn="County dashboard"
      descriptionZh="全县各乡镇的评分、清零进度和一致率对比（ECharts 图表：src/components/EChart.tsx）。"
      descriptionEn="Every town's scores, clearance and agreement compared (charts"
      api=" src/components/EChart.tsx).:countyComparison, cycleScores, clearance"
    />
  );
}
