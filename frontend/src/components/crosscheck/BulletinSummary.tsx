import { Descriptions } from 'antd';
import { CROSS_MESSAGES, useCrossText, type CrossKey } from './messages';

/** The bulletin's headline numbers: the summary's simple (non-nested) entries. */
export function BulletinSummary({ summary }: { summary: unknown }) {
  const ct = useCrossText();
  if (!summary || typeof summary !== 'object' || Array.isArray(summary)) return null;
  const entries = Object.entries(summary as Record<string, unknown>).filter(
    ([, value]) => value === null || ['string', 'number', 'boolean'].includes(typeof value),
  );
  if (entries.length === 0) return null;
  const label = (key: string) => (`cc.sum.${key}` in CROSS_MESSAGES ? ct(`cc.sum.${key}` as CrossKey) : key);
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} title={ct('cc.bul.summary')}>
      {entries.slice(0, 12).map(([key, value]) => (
        <Descriptions.Item key={key} label={label(key)}>
          {value === null ? '—' : String(value)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
