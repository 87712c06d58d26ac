import { en } from '../labels/en.ts'

/** Texts of a message. Keys match the kit's label catalog, so a full catalog can be passed. */
export interface MessageLabels {
  /** Author of the user's messages (read before the text). */
  readonly you: string
  /** Author of the assistant's messages. */
  readonly assistant: string
  /** Author of system messages. */
  readonly system?: string
  /** Author of tool messages. */
  readonly tool?: string
  /** Delivery: waiting in the outbox. */
  readonly queued: string
  /** Delivery: on its way. */
  readonly sending: string
  /** Delivery: confirmed. */
  readonly sent: string
  /** Delivery: failed (followed by the reason). */
  readonly failed: string
  /** Delivery: unknown, being checked against the history. */
  readonly checkingDelivery: string
  readonly notSaved: string
  /** Resends a failed message. */
  readonly retry: string
  /** Drops a failed message. */
  readonly discard: string
  /** Accessible name of the details disclosure button. */
  readonly messageDetails: string
  /** Caption of the correlation id. */
  readonly referenceId: string
  /** Accessible name of the button that copies the correlation id. */
  readonly copyReference: string
  /** Accessible name of the list of attachments. */
  readonly attachments: string
  /** Alt text of an image attachment without a file name. */
  readonly image?: string
  /** Name of a file attachment without a file name. */
  readonly file?: string
  /** Formats a file size. */
  readonly fileSize: (bytes: number) => string
}

/** English defaults. */
export const defaultMessageLabels: Required<MessageLabels> = {
  you: en.you,
  assistant: en.assistant,
  system: 'System',
  tool: 'Tool',
  queued: en.queued,
  sending: en.sending,
  sent: en.sent,
  failed: en.failed,
  checkingDelivery: en.checkingDelivery,
  notSaved: en.notSaved,
  retry: en.retry,
  discard: en.discard,
  messageDetails: en.messageDetails,
  referenceId: en.referenceId,
  copyReference: en.copyReference,
  attachments: en.attachments,
  image: 'Image',
  file: 'File',
  fileSize: en.fileSize,
}
