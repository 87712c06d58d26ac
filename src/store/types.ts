import type {
  ContentBlock,
  MessageContent,
  MessageRole,
  RuntimeErrorInfo,
  ToolCall,
} from '../client/types.ts'

/**
 * Where a message sent from this page stands.
 * `unknown`: the request may or may not have reached the server (a timeout, a dropped connection, a reload
 * mid-send); it is settled by reading the history before anything is resent.
 */
export type DeliveryState =
  | {
      readonly status: 'queued'
      /** Not sent before this time (ms since the epoch): a `Retry-After` or a backoff after a failure. */
      readonly retryAt?: number
      /** The failure that put the message back in the queue (e.g. `rate_limited`), for a countdown. */
      readonly error?: RuntimeErrorInfo
    }
  | { readonly status: 'sending'; readonly since: number }
  | { readonly status: 'sent'; readonly at: number }
  | { readonly status: 'failed'; readonly error: RuntimeErrorInfo }
  | { readonly status: 'unknown'; readonly error?: RuntimeErrorInfo }

/** The delivery state's tag. */
export type DeliveryStatus = DeliveryState['status']

/** Where an attachment of the composer stands. */
export type AttachmentState =
  | { readonly status: 'pending' }
  | { readonly status: 'uploading'; readonly progress: number }
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly error: string }

/** A file the user attached, before and after upload. */
export interface Attachment {
  /** Stable id (a UUID), the React key. */
  readonly id: string
  readonly name: string
  readonly mimeType: string
  readonly size: number
  readonly state: AttachmentState
  /** An object or data URL for an image preview. */
  readonly previewUrl?: string
  /** The content block to send, once the upload adapter produced it. */
  readonly block?: ContentBlock
}

/** One message as the thread shows it: from the history, from an execute reply, or from the outbox. */
export interface ChatMessage {
  /** Stable React key: the correlation id for messages sent from here, else the server id. */
  readonly key: string
  /** The server's message id, once known. */
  readonly id?: string
  readonly role: MessageRole
  readonly content: MessageContent
  /** Plain text of the content. */
  readonly text: string
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  readonly toolCalls: readonly ToolCall[]
  /** Only on the user's own messages still in the outbox (not yet confirmed by the history). */
  readonly delivery?: DeliveryState
  readonly correlationId?: string
  /** Files the user attached to this message (outbox messages only; the history has no file metadata). */
  readonly attachments?: readonly Attachment[]
  /** An unsent message kept in memory only (storage failed, or its files are too large to store): lost on reload. */
  readonly unsaved?: true
}

/** One message sent from this page, kept in the outbox until the history confirms it. */
export interface OutboxEntry {
  /** The correlation id: outbox key, React key, `correlation_id` sent to the server. */
  readonly correlationId: string
  /** The session it is sent to. */
  readonly sessionId: string
  /** The text the user wrote. */
  readonly text: string
  /** The attached files, uploaded before the message is sent. */
  readonly attachments: readonly Attachment[]
  /** Agent variables sent with the message (`inputs`). */
  readonly inputs?: Readonly<Record<string, unknown>>
  readonly delivery: DeliveryState
  /** How many times it was handed to the client. */
  readonly attempts: number
  /** When the user pressed Send (ms since the epoch). */
  readonly createdAt: number
  /** When the delivery state last changed (ms since the epoch). */
  readonly updatedAt: number
}

/** What `send` takes: the text, or the text with files and prepared attachments. */
export type SendInput =
  | string
  | {
      /** The message text; may be empty when there are attachments. */
      readonly text: string
      /** Files to upload through the provider's upload adapter before sending. */
      readonly files?: readonly File[]
      /** Attachments already prepared (with a `block`), e.g. uploaded by the composer. */
      readonly attachments?: readonly Attachment[]
      /** Agent variables (`inputs`) sent with this message. */
      readonly inputs?: Readonly<Record<string, unknown>>
    }
