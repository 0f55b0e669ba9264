import { Placeholder } from '../../components/Placeholder';

/** Rectification ledger — placeholder; replace this file with the real page. */
export default function LedgerPage() {
  return (
    <Placeholder
      titleZh="整改台账"
      titleEn="Rectification ledger"
      descriptionZh="问题的责任人、措施、期限与销号；举一反三与燃尽图。"
      descriptionEn="Owners, measures, deadlines and sign-off; sweeps and the burn-down."
      api="ledger, moveLedgerItem, clearance, burnDown, sweepPreview"
    />
  );
}
