import type { ChatLabels } from './ChatLabels.ts'
import { formatDuration, formatFileSize, formatNumber } from './format.ts'

const n = (value: number) => formatNumber(value, 'en')
const size = (bytes: number) => formatFileSize(bytes, 'en')
const plural = (count: number, one: string, other: string) => `${n(count)} ${count === 1 ? one : other}`

/** The English catalog, built in and the fallback for every other locale. */
export const en: ChatLabels = {
  locale: 'en',
  dir: 'ltr',

  chatTitle: 'Chat',
  openChat: 'Open chat',
  closeChat: 'Close chat',
  startNewConversation: 'Start new conversation',

  threadLabel: 'Conversation',
  emptyTitle: 'How can I help?',
  emptyDescription: 'Ask a question to get started.',
  loadingOlder: 'Loading earlier messages…',
  jumpToLatest: 'Jump to latest',
  newMessages: (count) => plural(count, 'new message', 'new messages'),
  assistantReplied: (summary) => `Assistant replied: ${summary}`,

  you: 'You',
  assistant: 'Assistant',
  copy: 'Copy',
  copied: 'Copied',
  copyCode: 'Copy code',
  messageDetails: 'Message details',
  referenceId: 'Reference ID',
  retry: 'Retry',
  discard: 'Discard',
  editMessage: 'Edit message',
  dismiss: 'Dismiss',
  queued: 'Queued',
  sending: 'Sending…',
  sent: 'Sent',
  failed: 'Not sent',
  checkingDelivery: 'Checking delivery…',
  notSaved: 'Not saved: lost if the page reloads',
  showAll: 'Show all',
  showLess: 'Show less',

  toolUsage: 'Tools used',
  toolArguments: 'Arguments',
  toolResult: 'Result',
  toolRunning: 'Running',
  toolSucceeded: 'Succeeded',
  toolFailed: 'Failed',
  duration: (ms) => formatDuration(ms, 'en'),

  composerLabel: 'Message',
  composerPlaceholder: 'Type a message…',
  send: 'Send',
  attachFiles: 'Attach files',
  dropFiles: 'Drop files to attach',
  charactersLeft: (count) => `${plural(count, 'character', 'characters')} left`,
  charactersOver: (count) => `${plural(count, 'character', 'characters')} over the limit`,
  messageTooLong: (max) => `This message is too long to send. Shorten it to ${n(max)} characters.`,
  sendAvailableIn: (seconds) => `Send available in ${n(seconds)} s`,
  waitForUploads: 'Attachments are still uploading. You can send when they finish.',
  fixFailedUploads: 'An attachment failed to upload. Retry or remove it to send.',

  attachments: 'Attachments',
  removeAttachment: (name) => `Remove ${name}`,
  retryUpload: (name) => `Retry upload of ${name}`,
  uploadProgress: (name) => `Uploading ${name}`,
  uploading: (percent) => `Uploading, ${n(percent)}%`,
  uploadPending: 'Waiting to upload',
  uploadReady: 'Ready',
  uploadFailed: (error) => `Upload failed: ${error}`,
  fileSize: size,
  rejectionsLabel: 'Files not added',
  dismissRejection: (name) => `Dismiss the message about ${name}`,
  rejections: {
    'file-invalid-type': ({ displayName, accept }) =>
      `“${displayName}” is not a supported file type.${accept ? ` Accepted: ${accept}.` : ''}`,
    'file-too-large': ({ displayName, size: bytes, maxSize }) =>
      `“${displayName}” is too large (${size(bytes)}). The limit is ${size(maxSize)}.`,
    'file-too-small': ({ displayName, size: bytes, minSize }) =>
      `“${displayName}” is too small (${size(bytes)}). The minimum is ${size(minSize)}.`,
    'file-empty': ({ displayName }) => `“${displayName}” is empty.`,
    'too-many-files': ({ displayName, maxFiles }) =>
      `“${displayName}” was not added: at most ${plural(maxFiles, 'file', 'files')} per message.`,
    'name-too-long': ({ displayName, maxNameLength }) =>
      `The name of “${displayName}” is too long (at most ${plural(maxNameLength, 'character', 'characters')}).`,
  },

  errors: {
    unauthorized: {
      title: 'This chat isn’t configured correctly (authentication).',
      description: 'The site owner needs to check the chat’s credentials.',
    },
    forbidden: {
      title: 'This chat isn’t configured correctly (permissions).',
      description: 'The site owner needs to check what this chat is allowed to access.',
    },
    session_not_found: {
      title: 'This conversation has ended',
      description: 'Your unsent message is kept. Start a new conversation to continue.',
    },
    rate_limited: {
      title: 'Too many requests.',
      description: 'Your message is kept and will be sent automatically.',
    },
    content_policy: {
      title: 'This message can’t be sent',
      description: 'It was blocked by the content policy. Edit it and try again.',
    },
    tool_failure: {
      title: 'A tool failed',
      description: 'The assistant couldn’t finish using one of its tools.',
    },
    timeout: {
      title: 'No reply yet',
      description: 'The assistant didn’t answer in time. You can try again.',
      recoveringTitle: 'Still working…',
      recoveringDescription: 'This is taking longer than usual.',
    },
    invalid_request: {
      title: 'The message couldn’t be sent',
      description: 'The service didn’t accept the request. Edit the message and try again.',
    },
    payload_too_large: {
      title: 'The message is too large',
      description: 'Remove some attachments or shorten the message.',
    },
    server_error: {
      title: 'The service is having trouble',
      description: 'Please try again in a moment.',
      recoveringTitle: 'Reconnecting…',
      recoveringDescription: 'The service is having trouble. Trying again…',
    },
    network: {
      title: 'Can’t reach the service',
      description: 'Check your connection and try again.',
      recoveringTitle: 'Reconnecting…',
      recoveringDescription: 'The connection was lost. Trying again…',
    },
    aborted: {
      title: 'Sending was cancelled',
      description: 'Your message is kept. You can try again.',
    },
    invalid_response: {
      title: 'Something went wrong',
      description: 'The service sent a reply the chat couldn’t read.',
    },
  },
  sessionEndedNoRestart: 'Your unsent message is kept, but this conversation can’t continue here.',
  toolFailedNamed: (tool) => `A tool failed: ${tool}`,
  retryingIn: (seconds) => `Retrying in ${n(seconds)} s`,
  retryingNow: 'Retrying…',
  errorReference: (id) => `Reference: ${id}`,
  copyReference: 'Copy reference',
  errorDetails: 'Details',

  sessionStatus: 'Session status',
  statusReady: 'Ready',
  statusIdle: 'Idle',
  statusWorking: 'Working',
  statusError: 'Needs attention',
  statusOffline: 'Offline',
  statusUnknown: 'Connecting…',
  working: (seconds) => `Working… ${n(seconds)} s`,
  assistantWorking: 'Assistant is working',
}
