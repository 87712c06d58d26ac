export { acceptsFile } from './acceptsFile.ts'
export { AttachmentItem } from './AttachmentItem.tsx'
export { AttachmentList } from './AttachmentList.tsx'
export { createAttachment } from './createAttachment.ts'
export { describeRejection } from './describeRejection.ts'
export { RejectionList } from './RejectionList.tsx'
export { truncateName } from './truncateName.ts'
export { REJECTION_CODES, validateFiles } from './validateFiles.ts'
export type { AttachmentItemProps } from './AttachmentItem.tsx'
export type { AttachmentListProps } from './AttachmentList.tsx'
export type { RejectionMessages } from './describeRejection.ts'
export type { RejectionListProps } from './RejectionList.tsx'
export type {
  FileRejection,
  RejectionCode,
  RejectionInfo,
  ValidateFilesOptions,
  ValidationResult,
} from './validateFiles.ts'
