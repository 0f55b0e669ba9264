/** Sends one outbox item to `submitVisit`, and says how the server answered. */
import type { Client } from 'urql';
import { errorMessages } from '../../api/errors';
import type { OutboxItem, SendResult } from '../../offline/outbox';
import { SubmitVisitDocument } from './documents';
import type { VisitSubmission } from './formModel';

type Texts = { network: string; unknown: string };

export function visitSender(client: Client, texts: Texts) {
  return async (item: OutboxItem<VisitSubmission>): Promise<SendResult> => {
    // The same clientId every time: the server stores a submission once.
    const result = await client
      .mutation(SubmitVisitDocument, { input: { ...item.payload.input, clientId: item.clientId } }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error?.networkError) return { status: 'network' };
    const messages = errorMessages(result.error, result.data?.submitVisit.errors, texts);
    if (messages.length > 0) return { status: 'rejected', message: messages.join('；') };
    return { status: 'ok' };
  };
}
