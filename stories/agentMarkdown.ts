/** What agents write, and what a chat user expects to see: one sample per case, shared by the story and its test. */
export const AGENT_MARKDOWN = {
  intraword: 'Raise `max_retry_count` in max_retry_count or rename file_name_v2.txt; 5 * 6 * 7 = 210.',
  nestedEmphasis: '*This is **important** advice*',
  entities: 'Acme &copy; 2026 &mdash; all rights &#169; reserved.',
  entityInUrl: '[Search results](https://example.com/search?q=chat&amp;page=2)',
  parenthesesInUrl: 'See https://en.wikipedia.org/wiki/Markdown_(software) for the history.',
  wwwAndEmail: 'Visit www.example.org or write to a@b.com.',
  tableWithoutOuterPipes: 'Plan | Price\n--- | ---\nFree | 0 €\nPro | 20 € | extra cell',
  referenceLinks: 'Read the [FAQ] first.\n\n[FAQ]: https://example.com/faq',
  backslashBreak: 'Best regards,\\\nThe support team',
  parenthesisList: '1) Install\n2) Configure\n3) Run',
  codeWithTabs: '```makefile\nbuild:\n\tnpm run build\n```\n\n```python\nprint("hi")\n```',
} as const

/** The samples as one reply. */
export const AGENT_REPLY = Object.values(AGENT_MARKDOWN).join('\n\n')
