/**
 * Error messages for the user. The server writes them in Chinese:
 * - expected failures are typed payload errors, `errors { code message field }`;
 * - other failures are GraphQL errors (`extensions.code`), or the network.
 *
 *   const [result, login] = useMutation(LoginDocument);
 *   const report = useErrorReporter();
 *   const { data, error } = await login({ input });
 *   if (report(error, data?.login.errors)) return;   // shown; stop here
 */
import { App } from 'antd';
import { useCallback } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n';

export type PayloadError = { code: string; message: string; field?: string | null };

type Texts = { network: string; unknown: string };
const DEFAULT_TEXTS: Texts = {
  network: '无法连接服务器，请检查网络后重试',
  unknown: '操作失败，请稍后重试',
};

/** Every message to show, in order, without repeats; [] when all went well. */
export function errorMessages(
  error?: CombinedError | null,
  payloadErrors?: readonly PayloadError[] | null,
  texts: Texts = DEFAULT_TEXTS,
): string[] {
  const messages: string[] = [];
  for (const item of payloadErrors ?? []) messages.push(item.message || texts.unknown);
  if (error) {
    for (const item of error.graphQLErrors) messages.push(item.message || texts.unknown);
    if (error.networkError) messages.push(texts.network);
    if (messages.length === 0) messages.push(texts.unknown);
  }
  return [...new Set(messages)];
}

/** The first message, or null. */
export function errorMessage(
  error?: CombinedError | null,
  payloadErrors?: readonly PayloadError[] | null,
  texts?: Texts,
): string | null {
  return errorMessages(error, payloadErrors, texts)[0] ?? null;
}

/** Payload errors of one input field, for `<Form.Item help>`: `fieldErrors(errors).username`. */
export function fieldErrors(payloadErrors?: readonly PayloadError[] | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const item of payloadErrors ?? []) {
    if (item.field && !(item.field in byField)) byField[item.field] = item.message;
  }
  return byField;
}

/** The GraphQL error code (`UNAUTHENTICATED`, `FORBIDDEN`, `CSRF`…) of the first error. */
export function errorCode(error?: CombinedError | null): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** Shows errors as AntD messages; returns true when there was one. */
export function useErrorReporter() {
  const { message } = App.useApp();
  const { t } = useI18n();
  return useCallback(
    (error?: CombinedError | null, payloadErrors?: readonly PayloadError[] | null): boolean => {
      const messages = errorMessages(error, payloadErrors, {
        network: t('error.network'),
        unknown: t('error.unknown'),
      });
      for (const text of messages) void message.error(text);
      return messages.length > 0;
    },
    [message, t],
  );
}
