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
  | { readonly status: 'queued' }
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
}
