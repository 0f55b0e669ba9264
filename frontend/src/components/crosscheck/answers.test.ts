import { describe, expect, it } from 'vitest';
import { missingRequired, prefill, toAnswerInputs, uuid4, type AnswerState } from './answers';

const checkpoints = [
  { code: 'a', answerType: 'yes_no', required: true, choices: [] },
  { code: 'b', answerType: 'number', required: true, choices: [] },
  { code: 'c', answerType: 'grade', required: false, choices: ['A', 'B'] },
  { code: 'd', answerType: 'photo', required: true, choices: [] },
];

describe('cross-check answers', () => {
  it('pre-fills registry facts only', () => {
    expect(prefill('number', '17154.31', 'registry')).toBe(17154.31);
    expect(prefill('yes_no', true, 'visit')).toBeNull();
    expect(prefill('grade', 'B', 'registry')).toBe('B');
    expect(prefill('photo', 'x', 'registry')).toBeNull();
  });

  it('lists missing required answers and builds the inputs', () => {
    const states: Record<string, AnswerState> = {
      a: { value: false, note: ' n ', evidence: [] },
      b: { value: 12.5, note: '', evidence: [{ key: 'k', name: 'f.pdf', kind: 'document' }] },
      c: { value: null, note: '', evidence: [] },
      d: { value: null, note: '', evidence: [] },
    };
    expect(missingRequired(checkpoints, states)).toEqual(['d']);
    expect(toAnswerInputs(checkpoints, states)).toEqual([
      { checkpoint: 'a', note: 'n', evidence: [], yes: false },
      { checkpoint: 'b', note: '', evidence: ['k'], number: '12.5' },
    ]);
  });

  it('makes UUIDs', () => {
    expect(uuid4()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
