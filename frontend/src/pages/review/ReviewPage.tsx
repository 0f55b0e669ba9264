import { Typography } from 'antd';
import { Route, Routes } from 'react-router-dom';
import { useVisitText } from '../../components/visit/texts';
import { ReviewDetail } from './ReviewDetail';
import { ReviewList } from './ReviewList';

/** 访谈审核: submitted visits (`/review`) and one visit (`/review/:householdId`). */
export default function ReviewPage() {
  const t = useVisitText();
  return (
    <div data-testid="review-page">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('review.title')}
      </Typography.Title>
      <Routes>
        <Route index element={<ReviewList />} />
        <Route path=":householdId" element={<ReviewDetail />} />
      </Routes>
    </div>
  );
}
