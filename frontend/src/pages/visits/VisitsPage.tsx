import { Placeholder } from '../../components/Placeholder';

/** Visits — placeholder; replace this file with the real page. */
export default function VisitsPage() {
  return (
    <Placeholder
      titleZh="入户自查"
      titleEn="Visits"
      descriptionZh="我的分配户、预填的入户访谈表、立行立改与佐证上传（手机可用）。"
      descriptionEn="My assigned households, the pre-filled visit form, fixed-on-the-spot and evidence upload (phone-friendly)."
      api="myAssignments, visitDraft, submitVisit, uploadEvidence"
    />
  );
}
