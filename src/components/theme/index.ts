export { ChatTheme } from './ChatTheme.tsx'
export type { ChatThemeProps } from './ChatTheme.tsx'
