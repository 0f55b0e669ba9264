import { Tag } from 'antd';
import type { HouseholdCategory } from '../../gql/graphql';
import { categoryColor } from './categories';

/** A household's category as the API labels it (e.g. 监测户). */
export function CategoryTag({ category, label }: { category: HouseholdCategory; label: string }) {
  return (
    <Tag color={categoryColor(category)} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}
