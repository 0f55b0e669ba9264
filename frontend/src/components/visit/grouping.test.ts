import { describe, expect, it } from 'vitest';
import { groupByOutline, type Outline } from './grouping';

const outline: Outline = [
  {
    code: '一',
    title: '脱贫质量',
    items: [
      { code: '1', title: '数据精准', checkpoints: [{ code: '一.1.1' }, { code: '一.1.2' }] },
      { code: '2', title: '脱贫成效', checkpoints: [{ code: '一.2.1' }] },
    ],
  },
];

describe('groupByOutline', () => {
  it('follows the checklist order and keeps unknown checkpoints at the end', () => {
    const groups = groupByOutline(outline, ['x.9', '一.2.1', '一.1.2', '一.1.1'], (code) => code);
    expect(groups.map((g) => [g.item, g.entries])).toEqual([
      ['数据精准', ['一.1.1', '一.1.2']],
      ['脱贫成效', ['一.2.1']],
      ['', ['x.9']],
    ]);
  });
});
