import { Placeholder } from '../../components/Placeholder';

/** Cross-check — placeholder; replace this file with the real page. */
export default function CrosscheckPage() {
  return (
    <Placeholder
      titleZh="互查"
      titleEn="Cross-check"
      descriptionZh="抽签（承诺、揭示、完成）、互查队伍、自查互查不一致与通报。"
      descriptionEn="The draw (commit, reveal, complete), teams, discrepancies and the bulletin."
      api="draw, commitDraw, revealDraw, teams, discrepancies, agreement, bulletins"
    />
  );
}
