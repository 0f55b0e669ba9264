import { Placeholder } from '../../components/Placeholder';

/** Review — placeholder; replace this file with the real page. */
export default function ReviewPage() {
  return (
    <Placeholder
      titleZh="访谈审核"
      titleEn="Review"
      descriptionZh="审核提交的访谈：通过或退回并附意见，查看各版本。"
      descriptionEn="Accept or return submitted visits with a comment; read every version."
      api="visits(state), reviewVisit"
    />
  );
}
