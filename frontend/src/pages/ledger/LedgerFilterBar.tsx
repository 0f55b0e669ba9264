import { Button, Col, Row, Select, Switch, Space, Typography } from 'antd';
import { useViewer } from '../../auth/viewer';
import { useLedgerText } from './messages';
import { BOARD_STATES, type LedgerFilters } from './types';
import { useFilterOptions } from './useFilterOptions';

type Props = {
  cycleId: string;
  value: LedgerFilters;
  onChange: (next: LedgerFilters) => void;
  /** The board has a column per state: no state filter there. */
  hideState?: boolean;
  /** Bumped after items were added: owners are read from the ledger. */
  refreshKey?: number;
};

/** State, area, owner and overdue filters (the same ones the .xlsx export takes). */
export function LedgerFilterBar({ cycleId, value, onChange, hideState, refreshKey }: Props) {
  const { lt } = useLedgerText();
  const { viewer } = useViewer();
  const options = useFilterOptions(cycleId, refreshKey);
  const set = (patch: Partial<LedgerFilters>) => onChange({ ...value, ...patch });
  const owners = viewer && !options.owners.some((o) => o.value === viewer.id)
    ? [{ value: viewer.id, label: viewer.displayName }, ...options.owners]
    : options.owners;
  const empty = !value.state && !value.areaId && !value.ownerId && !value.overdue;

  return (
    <Row gutter={[8, 8]} align="middle" data-testid="ledger-filters">
      {!hideState && (
        <Col xs={12} md={5}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={lt('filter.state')}
            value={value.state}
            onChange={(state?: string) => set({ state })}
            options={[...BOARD_STATES, 'withdrawn' as const].map((s) => ({ value: s, label: lt(`state.${s}`) }))}
            data-testid="filter-state"
          />
        </Col>
      )}
      {options.areas.length > 0 && (
        <Col xs={12} md={5}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={lt('filter.area')}
            value={value.areaId}
            loading={options.fetching}
            onChange={(areaId?: string) => set({ areaId })}
            options={options.areas}
            data-testid="filter-area"
          />
        </Col>
      )}
      <Col xs={24} md={6}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder={lt('filter.owner')}
          value={value.ownerId}
          loading={options.fetching}
          onChange={(ownerId?: string) => set({ ownerId })}
          options={owners.map((o) => ({ ...o, label: o.value === viewer?.id ? `${o.label}（${lt('filter.mine')}）` : o.label }))}
          data-testid="filter-owner"
        />
      </Col>
      <Col xs={24} md={8}>
        <Space wrap>
          <Space size={4}>
            <Switch size="small" checked={!!value.overdue} onChange={(overdue) => set({ overdue: overdue || undefined })} data-testid="filter-overdue" />
            <Typography.Text>{lt('filter.overdue')}</Typography.Text>
          </Space>
          {viewer && (
            <Button size="small" type={value.ownerId === viewer.id ? 'primary' : 'default'} onClick={() => set({ ownerId: value.ownerId === viewer.id ? undefined : viewer.id })} data-testid="filter-mine">
              {lt('filter.mine')}
            </Button>
          )}
          {!empty && (
            <Button size="small" type="link" onClick={() => onChange({})}>
              {lt('filter.reset')}
            </Button>
          )}
        </Space>
      </Col>
    </Row>
  );
}
