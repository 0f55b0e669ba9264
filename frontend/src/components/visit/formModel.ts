/**
 * The visit form's state: one answer per checkpoint, built from the pre-filled draft (or a
 * waiting outbox item), checked locally and turned into `SubmitVisitInput`.
 */
import type { AnswerInput, SubmitVisitInput, VisitDraftFormQuery } from '../../gql/graphql';

export type DraftAnswer = VisitDraftFormQuery['visitDraft']['answers'][number];
export type CheckpointInfo = DraftAnswer['checkpoint'];
export type AnswerType = 'yes_no' | 'number' | 'grade' | 'choice' | 'text' | 'photo';

export type Evidence = { key: string; kind: 'photo' | 'document'; name: string };

export type FormAnswer = {
  /** yes_no: boolean; number: decimal text; grade/choice/text: text; photo: null. */
  value: boolean | string | null;
  note: string;
  evidence: Evidence[];
  fixedOnSpot: boolean;
};

export type FormState = Record<string, FormAnswer>;

/** What waits in the outbox for one visit. */
export type VisitSubmission = { input: SubmitVisitInput; headName: string; evidence: Record<string, Evidence[]> };

export function answerType(checkpoint: Pick<CheckpointInfo, 'answerType'>): AnswerType {
  const known: AnswerType[] = ['yes_no', 'number', 'grade', 'choice', 'text', 'photo'];
  return (known as string[]).includes(checkpoint.answerType) ? (checkpoint.answerType as AnswerType) : 'text';
}

function evidenceKind(key: string): Evidence['kind'] {
  return /\.(png|jpe?g|gif|webp|heic)$/i.test(key) ? 'photo' : 'document';
}

function keyName(key: string): string {
  return key.split('/').pop() ?? key;
}

function initialValue(checkpoint: CheckpointInfo, value: unknown): FormAnswer['value'] {
  const type = answerType(checkpoint);
  if (type === 'photo' || value === null || value === undefined) return null;
  if (type === 'yes_no') return typeof value === 'boolean' ? value : null;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export function fromDraft(answers: readonly DraftAnswer[]): FormState {
  const state: FormState = {};
  for (const answer of answers) {
    state[answer.checkpoint.code] = {
      value: initialValue(answer.checkpoint, answer.value),
      note: answer.note,
      evidence: answer.evidence.map((key) => ({ key, kind: evidenceKind(key), name: keyName(key) })),
      fixedOnSpot: answer.fixedOnSpot,
    };
  }
  return state;
}

/** The form as it was queued (answers not in the submission stay empty). */
export function fromSubmission(answers: readonly DraftAnswer[], submission: VisitSubmission): FormState {
  const state = fromDraft(answers);
  for (const code of Object.keys(state)) state[code] = { value: null, note: '', evidence: [], fixedOnSpot: false };
  for (const input of submission.input.answers) {
    const current = state[input.checkpoint];
    if (!current) continue;
    const value = input.yes ?? input.number ?? input.text ?? null;
    state[input.checkpoint] = {
      value,
      note: input.note ?? '',
      evidence:
        submission.evidence[input.checkpoint] ??
        (input.evidence ?? []).map((key) => ({ key, kind: evidenceKind(key), name: keyName(key) })),
      fixedOnSpot: input.fixedOnSpot ?? false,
    };
  }
  return state;
}

export function isAnswered(checkpoint: CheckpointInfo, answer: FormAnswer | undefined): boolean {
  if (!answer) return false;
  if (answerType(checkpoint) === 'photo') return answer.evidence.length > 0;
  if (typeof answer.value === 'string') return answer.value.trim() !== '';
  return answer.value !== null;
}

export type Problem = 'required' | 'photos' | 'documents' | 'fixedOnSpot' | 'number';

/** What is wrong with one answer before it is sent (the server checks again). */
export function problems(checkpoint: CheckpointInfo, answer: FormAnswer | undefined): Problem[] {
  const answered = isAnswered(checkpoint, answer);
  if (!answered || !answer) return checkpoint.required ? ['required'] : [];
  const found: Problem[] = [];
  if (answerType(checkpoint) === 'number' && typeof answer.value === 'string' && !/^-?\d+(\.\d+)?$/.test(answer.value.trim())) {
    found.push('number');
  }
  const photos = answer.evidence.filter((e) => e.kind === 'photo').length;
  const documents = answer.evidence.filter((e) => e.kind === 'document').length;
  if (photos < checkpoint.evidencePhotos) found.push('photos');
  if (documents < checkpoint.evidenceDocuments) found.push('documents');
  if (answer.fixedOnSpot && answer.evidence.length === 0 && !answer.note.trim()) found.push('fixedOnSpot');
  return found;
}

function toAnswer(checkpoint: CheckpointInfo, answer: FormAnswer): AnswerInput {
  const type = answerType(checkpoint);
  const input: AnswerInput = {
    checkpoint: checkpoint.code,
    note: answer.note.trim(),
    evidence: answer.evidence.map((e) => e.key),
    fixedOnSpot: answer.fixedOnSpot,
  };
  if (type === 'yes_no' && typeof answer.value === 'boolean') input.yes = answer.value;
  else if (type === 'number' && typeof answer.value === 'string') input.number = answer.value.trim();
  else if (type !== 'photo' && typeof answer.value === 'string') input.text = answer.value.trim();
  return input;
}

/** Answered checkpoints only: an optional checkpoint left empty is not sent. */
export function toSubmission(
  checkpoints: readonly CheckpointInfo[],
  state: FormState,
  base: { clientId: string; cycleId: string; householdId: string; visitedOn: string; note: string; headName: string },
): VisitSubmission {
  const answers: AnswerInput[] = [];
  const evidence: Record<string, Evidence[]> = {};
  for (const checkpoint of checkpoints) {
    const answer = state[checkpoint.code];
    if (!answer || !isAnswered(checkpoint, answer)) continue;
    answers.push(toAnswer(checkpoint, answer));
    if (answer.evidence.length > 0) evidence[checkpoint.code] = answer.evidence;
  }
  const { headName, ...rest } = base;
  return { input: { ...rest, note: rest.note.trim(), answers }, headName, evidence };
}

/** A random UUID, also where `crypto.randomUUID` is missing (plain-http intranets). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
