import type { QueryClient } from '@tanstack/react-query'
import type { ComponentPropsWithoutRef } from 'react'
import type { StateStorage } from 'zustand/middleware'
import type { RuntimeClient, RuntimeClientOptions, RuntimeErrorInfo, RuntimeEvent } from '../client/types.ts'
import type { ChatLabels, ChatLabelsOverrides } from '../components/labels/ChatLabels.ts'
import type { ToolRenderers } from '../components/tools/ToolUsagePanel.tsx'
import type { UploadAdapter } from '../uploads/UploadAdapter.ts'

/** How the widget takes files. */
export interface ChatWidgetUploadOptions {
  /** How files are uploaded. @default images inline as data URLs, other files via `POST /files/` */
  readonly adapter?: UploadAdapter
  /** Accepted types, as in the HTML `accept` attribute. @default images, PDF, text, CSV, JSON */
  readonly accept?: string | readonly string[]
  /** Largest file in bytes. @default 10 MB */
  readonly maxSize?: number
  /** Most files per message. @default 5 */
  readonly maxFiles?: number
}

/** Props of `ChatWidget`. */
export interface ChatWidgetProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title' | 'onError'> {
  /** A client of your own; otherwise one is made from `clientOptions`. */
  readonly client?: RuntimeClient
  /**
   * Options for the client the widget makes (`baseUrl` of your proxy, headers, timeout, retry). New `headers`,
   * `fetch`, `retry` and `classifyError` take effect on the next request (a refreshed token needs no remount);
   * a new `baseUrl`, `apiKey` or `timeoutMs` makes a new client.
   */
  readonly clientOptions?: RuntimeClientOptions
  /** Continue this session. */
  readonly sessionId?: string
  /** Create a session from the saved agent with this key (remembered across reloads). */
  readonly agentKey?: string
  /** Create a session from the saved agent with this id. */
  readonly agentId?: string
  /** Language of the texts, picked from `locales` (falls back to English). @default the browser's */
  readonly locale?: string
  /** Catalogs to pick from by `locale`, e.g. `{ de, ar }` from `atthene-chat-kit/locales`. @default { en } */
  readonly locales?: Readonly<Record<string, ChatLabels>>
  /** Overrides of any text. */
  readonly labels?: ChatLabelsOverrides
  /** Colour scheme; `auto` follows the system. @default 'auto' */
  readonly theme?: 'light' | 'dark' | 'auto'
  /** Heading of the widget. @default labels.chatTitle */
  readonly title?: string
  /** Prompts the empty conversation offers as buttons; choosing one sends it. @default none */
  readonly suggestions?: readonly string[]
  /** Custom renderers for tool calls, by tool name. */
  readonly toolRenderers?: ToolRenderers
  /** Show images that the agent's markdown links to. The browser fetches them, so a reply can make it contact any https host; turn off where that matters. @default true */
  readonly allowImages?: boolean
  /** Colour code blocks in the agent's replies; the highlighter is fetched only when such a block appears. @default false */
  readonly highlightCode?: boolean
  /** File upload settings, or `false` to turn attachments off. */
  readonly uploads?: ChatWidgetUploadOptions | false
  /** Character limit of a message. @default 8000 */
  readonly maxLength?: number
  /** Messages per history page. @default 30 */
  readonly pageSize?: number
  /** Called once for each new error the user is shown. */
  readonly onError?: (error: RuntimeErrorInfo) => void
  /** Called for every request, response, retry and error of the client the widget makes. */
  readonly onEvent?: (event: RuntimeEvent) => void
  /** A React Query client of your own. @default the surrounding one, else a new one */
  readonly queryClient?: QueryClient
  /** Where drafts and unsent messages persist, or `false`. @default localStorage */
  readonly storage?: StateStorage | false
}
