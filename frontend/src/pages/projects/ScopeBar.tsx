import { Select, Space } from 'antd';
import { useScope } from './scope';
import { useProjectText } from './texts';

/** Town (when the viewer sees several), year and cycle. */
export function ScopeBar() {
  const text = useProjectText();
  const scope = useScope();
  const now = new Date().getFullYear();
  const years = Array.from(new Set([scope.year, now, now - 1, now - 2, now - 3])).sort((a, b) => b - a);
  return (
    <Space wrap>
      {scope.towns.length > 1 ? (
        <Select
          aria-label={text('town')}
          value={scope.townId ?? undefined}
          onChange={scope.setTownId}
          style={{ minWidth: 120 }}
          options={scope.towns.map((t) => ({ value: t.id, label: t.name }))}
          data-testid="projects-town"
        />
      ) : null}
      <Select
        aria-label={text('year')}
        value={scope.year}
        onChange={scope.setYear}
        style={{ minWidth: 100 }}
        options={years.map((year) => ({ value: year, label: text('yearOption', { year }) }))}
        data-testid="projects-year"
      />
      <Select
        aria-label={text('cycle')}
        value={scope.cycleId ?? undefined}
        placeholder={text('noCycle')}
        onChange={scope.setCycleId}
        style={{ minWidth: 220, maxWidth: '100%' }}
        options={scope.cycles.map((c) => ({ value: c.id, label: c.name }))}
        data-testid="projects-cycle"
      />
    </Space>
  );
}
