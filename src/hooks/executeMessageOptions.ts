import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { buildContent } from '../store/buildContent.ts'
import { writeExecuteResult } from '../store/historyPages.ts'
import { toErrorInfo } from '../store/toErrorInfo.ts'
import type { OutboxEntry } from '../store/types.ts'
import type { ChatContextValue } from './ChatContext.ts'
import type { HistoryData } from './runtimeQueries.ts'
import { runtimeKeys } from './runtimeKeys.ts'
import { syncClock } from './syncClock.ts'
import { uploadAttachments } from './uploadAttachments.ts'

/**
 * The mutation that delivers one outbox message: upload its files, execute it (through the client's
 * per-session queue), then write the reply into the cached history and settle the outbox entry, or record
 * the error for the recovery policy. Its callbacks live on the mutation, so they run after an unmount too.
 */
export function executeMessageOptions(context: ChatContextValue, queryClient: QueryClient) {
  const { client, store } = context
  return mutationOptions({
    mutationKey: runtimeKeys.execute(client.baseUrl),
    networkMode: 'always',
    retry: false,
    mutationFn: async (entry: OutboxEntry) => {
      const attachments = await uploadAttachments(entry, context)
      // The outbox owns retries of sends (countdown, settle before resend), not the client.
      return client.executeMessage(
        entry.sessionId,
        {
          content: buildContent(entry.text, attachments),
          correlationId: entry.correlationId,
          ...(entry.inputs ? { inputs: entry.inputs } : {}),
        },
        { retry: false },
      )
    },
    onSuccess: (result, entry) => {
      const queryKey = runtimeKeys.messages(client.baseUrl, entry.sessionId)
      syncClock(context)
      const { keys, clockOffsetMs } = store.getState()
      queryClient.setQueriesData<HistoryData>({ queryKey }, (data) =>
        data === undefined ? data : writeExecuteResult(data, entry, result, keys, clockOffsetMs),
      )
      store.getState().markSent(entry.sessionId, entry.correlationId)
      // A read that started before the reply existed would overwrite it: read again instead.
      if (queryClient.isFetching({ queryKey }) > 0) void queryClient.invalidateQueries({ queryKey })
      void queryClient.invalidateQueries({ queryKey: runtimeKeys.status(client.baseUrl, entry.sessionId) })
    },
    onError: (error, entry) => {
      syncClock(context)
      store.getState().markFailed(entry.sessionId, entry.correlationId, toErrorInfo(error))
    },
  })
}
