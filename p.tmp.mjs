import { Lexer } from 'marked'
const AGENT = {
  intraword: 'Raise `max_retry_count` in max_retry_count or rename file_name_v2.txt; 5 * 6 * 7 = 210.',
  nestedEmphasis: '*This is **important** advice*',
  entities: 'Acme &copy; 2026 &mdash; all rights &#169; reserved.',
  entityInUrl: '[Search results](https://example.com/search?q=chat&amp;page=2)',
  parenthesesInUrl: 'See https://en.wikipedia.org/wiki/Markdown_(software) for the history.',
  wwwAndEmail: 'Visit www.example.org or write to a@b.com.',
  table: 'Plan | Price\n--- | ---\nFree | 0 €\nPro | 20 € | extra cell',
  ref: 'Read the [FAQ] first.\n\n[FAQ]: https://example.com/faq',
  br: 'Best regards,\\\nThe support team',
  list: '1) Install\n2) Configure\n3) Run',
  code: '```makefile\nbuild:\n\tnpm run build\n```\n\n```python\nprint("hi")\n```',
}
for (const [k, v] of Object.entries(AGENT)) { const t = (v + '\n\n').repeat(400); const a = performance.now(); Lexer.lex(t, { gfm: true }); console.log(k, t.length, (performance.now() - a).toFixed(1)) }
