/** The cross-check visit form's answers: state, pre-fill and the `AnswerInput` sent. */
import type { AnswerInput } from '../../gql/graphql';

export type AnswerType = 'yes_no' | 'number' | 'grade' | 'choice' | 'text' | 'photo' | string;
export type EvidenceRef = { key: string; name: string; kind: string };
export type AnswerValue = boolean | number | string | null;
export type AnswerState = { value: AnswerValue; note: string; evidence: EvidenceRef[] };
export type CheckpointLike = { code: string; answerType: AnswerType; required: boolean; choices: readonly string[] };

/** The registry's value in the form's terms (only registry facts pre-fill a cross-check). */
export function prefill(answerType: AnswerType, value: unknown, source: string): AnswerValue {
  if (source !== 'registry' || value === null || value === undefined) return null;
  if (answerType === 'yes_no') return typeof value === 'boolean' ? value : null;
  if (answerType === 'number') {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  if (answerType === 'grade' || answerType === 'choice' || answerType === 'text') return typeof value === 'string' ? value : String(value);
  return null;
}

export function answered(checkpoint: CheckpointLike, state: AnswerState | undefined): boolean {
  if (!state) return false;
  if (checkpoint.answerType === 'photo') return state.evidence.length > 0;
  return state.value !== null && state.value !== '';
}

/** Codes of required checkpoints still unanswered. */
export function missingRequired(checkpoints: readonly CheckpointLike[], states: Record<string, AnswerState>): string[] {
  return checkpoints.filter((c) => c.required && !answered(c, states[c.code])).map((c) => c.code);
}

/** The answers to send: every answered checkpoint. */
export function toAnswerInputs(checkpoints: readonly CheckpointLike[], states: Record<string, AnswerState>): AnswerInput[] {
  const inputs: AnswerInput[] = [];
  for (const checkpoint of checkpoints) {
    const state = states[checkpoint.code];
    if (!state || !answered(checkpoint, state)) continue;
    const input: AnswerInput = { checkpoint: checkpoint.code, note: state.note.trim(), evidence: state.evidence.map((e) => e.key) };
    if (checkpoint.answerType === 'yes_no') input.yes = state.value === true;
    else if (checkpoint.answerType === 'number') input.number = String(state.value);
    else if (checkpoint.answerType !== 'photo') input.text = String(state.value).trim();
    inputs.push(input);
  }
  return inputs;
}

/** A UUID v4 (retry-safe client id); works outside secure contexts too. */
export function uuid4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
