import { describe, expect, it } from 'vitest';
import { ledgerExportUrl } from './ExportLink';
import { availableSteps } from './ItemActions';
import { LEDGER_MESSAGES, ledgerText } from './messages';
import type { LedgerItem } from './types';

const item = (state: string, ownerId = 'owner') => ({ state, ownerId }) as LedgerItem;

describe('availableSteps', () => {
  it('offers the owner the work steps only', () => {
    expect(availableSteps(item('open'), 'owner', true, true)).toEqual(['START']);
    expect(availableSteps(item('in_progress'), 'owner', true, true)).toEqual(['SUBMIT']);
    expect(availableSteps(item('returned'), 'owner', true, true)).toEqual(['RESUME']);
    expect(availableSteps(item('submitted'), 'owner', true, true)).toEqual([]);
  });

  it('offers sign-off and return to someone else with the sign-off permission', () => {
    expect(availableSteps(item('submitted'), 'other', true, true)).toEqual(['SIGN_OFF', 'SEND_BACK']);
    expect(availableSteps(item('submitted'), 'other', true, false)).toEqual([]);
    expect(availableSteps(item('open'), 'other', true, true)).toEqual([]);
  });
});

describe('ledgerExportUrl', () => {
  it('carries the cycle and the filters the export understands', () => {
    expect(ledgerExportUrl('C1', {})).toBe('/download/ledger.xlsx?cycleId=C1');
    expect(ledgerExportUrl('C1', { state: 'open', areaId: 'A', overdue: true, ownerId: 'U' })).toBe(
      '/download/ledger.xlsx?cycleId=C1&state=open&areaId=A&overdue=true',
    );
  });
});

describe('ledger texts', () => {
  it('has both languages for every key and fills placeholders', () => {
    for (const entry of Object.values(LEDGER_MESSAGES)) {
      expect(entry.zh.length).toBeGreaterThan(0);
      expect(entry.en.length).toBeGreaterThan(0);
    }
    expect(ledgerText('zh', 'total', { count: 3 })).toBe('共 3 项');
    expect(ledgerText('en', 'total', { count: 3 })).toBe('3 items');
  });
});
