import { describe, expect, it } from 'vitest';
import { parseImportResult } from './importResult';

describe('parseImportResult', () => {
  it('reads the row errors of an invalid import', () => {
    const parsed = parseImportResult({
      status: 'invalid',
      error_count: 2,
      errors: [{ row: 2, column: '身份证号', message: '身份证号校验码不对' }],
    });
    expect(parsed).toEqual({
      status: 'invalid',
      errorCount: 2,
      errors: [{ row: 2, column: '身份证号', message: '身份证号校验码不对' }],
    });
  });

  it('reads the counts of a finished import', () => {
    const parsed = parseImportResult({
      status: 'imported',
      households: { created: 1, updated: 0, unchanged: 2 },
      members: { created: 3 },
      duplicates_elsewhere_count: 1,
    });
    expect(parsed).toMatchObject({
      status: 'imported',
      households: { created: 1, updated: 0, unchanged: 2 },
      members: { created: 3, updated: 0, unchanged: 0 },
      duplicatesElsewhere: 1,
      categoryDifferences: 0,
    });
  });

  it('returns null for anything else', () => {
    expect(parseImportResult(null)).toBeNull();
    expect(parseImportResult({ status: 'odd' })).toBeNull();
  });
});
