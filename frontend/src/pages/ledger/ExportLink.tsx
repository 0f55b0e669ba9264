import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLedgerText } from './messages';
import type { LedgerFilters } from './types';

/** `/download/ledger.xlsx` with the cycle and the filters the export understands. */
export function ledgerExportUrl(cycleId: string, filters: LedgerFilters): string {
  const params = new URLSearchParams({ cycleId });
  if (filters.state) params.set('state', filters.state);
  if (filters.areaId) params.set('areaId', filters.areaId);
  if (filters.overdue !== undefined) params.set('overdue', String(filters.overdue));
  return `/download/ledger.xlsx?${params.toString()}`;
}

/** The session cookie goes along with a plain link; the server names the file. */
export function ExportLink({ cycleId, filters }: { cycleId: string; filters: LedgerFilters }) {
  const { lt } = useLedgerText();
  return (
    <Button icon={<DownloadOutlined />} href={ledgerExportUrl(cycleId, filters)} download data-testid="ledger-export">
      {lt('export')}
    </Button>
  );
}
