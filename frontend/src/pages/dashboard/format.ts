/** Numbers as the dashboard shows them. */
export function formatScore(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2);
}

export function formatChange(value: number | null | undefined): string {
  if (value == null) return '—';
  if (value === 0) return '0.00';
  return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
}

type Indicator = { unit: string; value?: number | null };

/** rate → %, per100 → per 100 households, other units → two decimals. */
export function formatIndicator({ unit, value }: Indicator): string {
  if (value == null) return '—';
  if (unit === 'rate') return `${(value * 100).toFixed(1)}%`;
  return value.toFixed(2);
}

export function formatInterval(item: Indicator & { low?: number | null; high?: number | null }): string {
  if (item.low == null || item.high == null) return '—';
  return `${formatIndicator({ unit: item.unit, value: item.low })} – ${formatIndicator({ unit: item.unit, value: item.high })}`;
}
