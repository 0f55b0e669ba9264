import { Placeholder } from '../../components/Placeholder';

/** Evaluator view — placeholder; replace this file with the real page. */
export default function EvaluatorPage() {
  return (
    <Placeholder
      titleZh="第三方评估"
      titleEn="Evaluator view"
      descriptionZh="第三方评估的只读视图：授权范围内的周期、评分与问题，个人信息始终脱敏。"
      descriptionEn="Read-only view for evaluators"
      api=" cycles, scores and findings in scope, personal data always masked.:cycles, cycleScores, findings"
    />
  );
}
