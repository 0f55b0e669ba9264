/**
 * The result of a `registry.import` job (JSON, see backend/towncheck/households/importing/
 * service.py `as_result`): either "invalid" with errors by row and column, or "imported"
 * with counts. Read defensively: the schema types it as JSON.
 */
export type RowError = { row: number; column: string; message: string };
export type Counts = { created: number; updated: number; unchanged: number };

export type ImportResult =
  | { status: 'invalid'; errorCount: number; errors: RowError[] }
  | {
      status: 'imported';
      households: Counts;
      members: Counts;
      duplicatesElsewhere: number;
      categoryDifferences: number;
    };

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function counts(value: unknown): Counts {
  const r = record(value);
  return { created: num(r.created), updated: num(r.updated), unchanged: num(r.unchanged) };
}

export function parseImportResult(value: unknown): ImportResult | null {
  const r = record(value);
  if (r.status === 'invalid') {
    const errors = Array.isArray(r.errors)
      ? r.errors.map((item) => {
          const e = record(item);
          return { row: num(e.row), column: typeof e.column === 'string' ? e.column : '', message: String(e.message ?? '') };
        })
      : [];
    return { status: 'invalid', errorCount: num(r.error_count) || errors.length, errors };
  }
  if (r.status === 'imported') {
    return {
      status: 'imported',
      households: counts(r.households),
      members: counts(r.members),
      duplicatesElsewhere: num(r.duplicates_elsewhere_count),
      categoryDifferences: num(r.category_differences_count),
    };
  }
  return null;
}
