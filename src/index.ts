// The main entry, `atthene-chat-kit`: the headless entry plus the components and the widget. Each component
// folder has more parts than are listed here (row wrappers, formatters, small hooks); only what is listed is
// public, and the checked-in API report (api/) records it.

export * from './headless.ts'

export { ChatTheme } from './components/theme/index.ts'
export type { ChatThemeProps } from './components/theme/index.ts'

export { Thread } from './components/thread/index.ts'
export type { ThreadLabels, ThreadMessageProps, ThreadProps } from './components/thread/index.ts'

export { Message } from './components/message/index.ts'
export type { MessageLabels, MessageLabelsAll, MessageProps } from './components/message/index.ts'

export { CodeBlock, Markdown, preloadMarkdown } from './components/markdown/index.ts'
export type { CodeBlockProps, MarkdownLabels, MarkdownProps } from './components/markdown/index.ts'

export { ToolCallCard, ToolUsagePanel } from './components/tools/index.ts'
export type {
  ToolCallCardProps,
  ToolLabels,
  ToolRenderer,
  ToolRenderers,
  ToolUsagePanelProps,
} from './components/tools/index.ts'

export { Composer } from './components/composer/index.ts'
export type { ComposerMessage, ComposerProps } from './components/composer/index.ts'

export {
  AttachmentList,
  REJECTION_CODES,
  RejectionList,
  createAttachment,
  describeRejection,
  validateFiles,
} from './components/attachments/index.ts'
export type {
  AttachmentListProps,
  FileRejection,
  RejectionCode,
  RejectionInfo,
  RejectionListProps,
  RejectionMessages,
  ValidateFilesOptions,
  ValidationResult,
} from './components/attachments/index.ts'

export { ErrorBanner, presentError } from './components/banner/index.ts'
export type {
  ErrorAction,
  ErrorBannerProps,
  ErrorPresentation,
  ErrorTone,
  PresentedError,
} from './components/banner/index.ts'

export { SessionStatusBadge, WorkingIndicator } from './components/status/index.ts'
export type {
  SessionBadgeState,
  SessionStatusBadgeProps,
  WorkingIndicatorProps,
} from './components/status/index.ts'

export { builtInLabels, en, getLabels, mergeLabels } from './components/labels/index.ts'
export type { ChatLabels, ChatLabelsOverrides, ErrorLabels } from './components/labels/index.ts'

export { ChatWidget } from './widget/ChatWidget.tsx'
export type { ChatWidgetProps, ChatWidgetUploadOptions } from './widget/ChatWidgetProps.ts'
export { ChatLauncher } from './widget/ChatLauncher.tsx'
export type { ChatLauncherProps } from './widget/ChatLauncher.tsx'
