import type { RuntimeErrorCode } from '../../client/types.ts'
import type { RejectionCode, RejectionInfo } from '../attachments/validateFiles.ts'

/** The texts of one error code, as the error banner shows them. */
export interface ErrorLabels {
  /** Short headline, announced first. */
  readonly title: string
  /** One sentence on what happens next or what to do. */
  readonly description: string
  /** Headline while the kit recovers on its own (network, server_error, timeout). */
  readonly recoveringTitle?: string
  /** Description while the kit recovers on its own. */
  readonly recoveringDescription?: string
}

/**
 * Every string of the kit, in one typed catalog. Functions build plurals and interpolations.
 * Values such as file names are passed in as plain text; components render them as text, never as HTML.
 */
export interface ChatLabels {
  /** BCP 47 tag used to format numbers and sizes. */
  readonly locale: string
  /** Writing direction of the language. */
  readonly dir: 'ltr' | 'rtl'

  // Widget
  readonly chatTitle: string
  readonly openChat: string
  readonly closeChat: string
  readonly startNewConversation: string

  // Thread
  readonly threadLabel: string
  readonly emptyTitle: string
  readonly emptyDescription: string
  readonly loadingOlder: string
  readonly jumpToLatest: string
  readonly newMessages: (count: number) => string
  readonly assistantReplied: (summary: string) => string

  // Messages
  readonly you: string
  readonly assistant: string
  readonly copy: string
  readonly copied: string
  readonly copyCode: string
  readonly messageDetails: string
  readonly referenceId: string
  readonly retry: string
  readonly discard: string
  readonly editMessage: string
  readonly dismiss: string
  readonly queued: string
  readonly sending: string
  readonly sent: string
  readonly failed: string
  readonly checkingDelivery: string
  /** A message kept in memory only: it is lost if the page reloads. */
  readonly notSaved: string
  readonly showAll: string
  readonly showLess: string

  // Tools
  readonly toolUsage: string
  readonly toolArguments: string
  readonly toolResult: string
  readonly toolRunning: string
  readonly toolSucceeded: string
  readonly toolFailed: string
  readonly duration: (ms: number) => string

  // Composer
  readonly composerLabel: string
  readonly composerPlaceholder: string
  readonly send: string
  readonly attachFiles: string
  readonly dropFiles: string
  readonly charactersLeft: (count: number) => string
  readonly charactersOver: (count: number) => string
  readonly messageTooLong: (max: number) => string
  readonly sendAvailableIn: (seconds: number) => string
  readonly waitForUploads: string
  readonly fixFailedUploads: string

  // Attachments
  readonly attachments: string
  readonly removeAttachment: (name: string) => string
  readonly retryUpload: (name: string) => string
  readonly uploadProgress: (name: string) => string
  readonly uploading: (percent: number) => string
  readonly uploadPending: string
  readonly uploadReady: string
  readonly uploadFailed: (error: string) => string
  readonly fileSize: (bytes: number) => string
  readonly rejectionsLabel: string
  readonly dismissRejection: (name: string) => string
  readonly rejections: { readonly [C in RejectionCode]: (info: RejectionInfo) => string }

  // Error banner
  readonly errors: { readonly [C in RuntimeErrorCode]: ErrorLabels }
  readonly toolFailedNamed: (tool: string) => string
  /** Says the conversation has ended when a new one cannot be started here (a fixed `sessionId`). */
  readonly sessionEndedNoRestart: string
  readonly retryingIn: (seconds: number) => string
  readonly retryingNow: string
  readonly errorReference: (id: string) => string
  readonly copyReference: string
  /** The disclosure in an error banner that holds the reference. */
  readonly errorDetails: string

  // Session status
  readonly sessionStatus: string
  readonly statusReady: string
  readonly statusIdle: string
  readonly statusWorking: string
  readonly statusError: string
  readonly statusOffline: string
  readonly statusUnknown: string
  readonly working: (seconds: number) => string
  readonly assistantWorking: string
}

/** A partial catalog: any top-level key, and any single error or rejection text. */
export type ChatLabelsOverrides = Partial<Omit<ChatLabels, 'errors' | 'rejections'>> & {
  readonly errors?: { readonly [C in RuntimeErrorCode]?: Partial<ErrorLabels> }
  readonly rejections?: Partial<ChatLabels['rejections']>
}
