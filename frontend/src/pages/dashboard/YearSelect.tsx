import { Select } from 'antd';
import { useDashText } from './texts';

/** This year and the four before it. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const text = useDashText();
  const now = new Date().getFullYear();
  const years = Array.from(new Set([value, now, now - 1, now - 2, now - 3, now - 4])).sort((a, b) => b - a);
  return (
    <Select
      aria-label={text('year')}
      value={value}
      onChange={onChange}
      style={{ minWidth: 110 }}
      options={years.map((year) => ({ value: year, label: text('yearOption', { year }) }))}
      data-testid="year-select"
    />
  );
}
