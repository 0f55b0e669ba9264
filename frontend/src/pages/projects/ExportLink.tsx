import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useProjectText } from './texts';

/** An .xlsx export under /download/ (the session cookie authorises it). */
export function ExportLink({ name, params, testId }: { name: string; params: Record<string, string | number>; testId?: string }) {
  const text = useProjectText();
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return (
    <Button icon={<DownloadOutlined />} href={`/download/${name}?${query}`} data-testid={testId}>
      {text('export')}
    </Button>
  );
}
