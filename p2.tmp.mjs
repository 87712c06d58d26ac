import { Lexer } from 'marked'
const v = 'Raise `max_retry_count` in max_retry_count or rename file_name_v2.txt; 5 * 6 * 7 = 210.'
for (const n of [50, 100, 200, 400, 800]) { const t = (v + '\n\n').repeat(n); Lexer.lex(t, { gfm: true }); const a = performance.now(); Lexer.lex(t + 'x', { gfm: true }); console.log(n, (performance.now() - a).toFixed(1)) }
const big = Array.from({length: 400}, (_, i) => `Paragraph ${i} with *em* and **strong** and \`code\` and a [link](https://x.y/${i}).`).join('\n\n')
const a = performance.now(); Lexer.lex(big, { gfm: true }); console.log('mixed', big.length, (performance.now() - a).toFixed(1))
const b = performance.now(); Lexer.lex(big + ' ', { gfm: true }); console.log('mixed again', (performance.now() - b).toFixed(1))
