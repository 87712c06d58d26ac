import { Lexer } from 'marked'
const big = Array.from({length: 400}, (_, i) => `Paragraph ${i} with *em* and **strong** and \`code\` and a [link](https://x.y/${i}).`).join('\n\n')
for (const gfm of [true, false]) { Lexer.lex(big, { gfm }); const a = performance.now(); Lexer.lex(big + ' ', { gfm }); console.log('gfm', gfm, (performance.now() - a).toFixed(1)) }
const plain = Array.from({length: 400}, (_, i) => `Paragraph ${i} with plain words only here and there.`).join('\n\n')
Lexer.lex(plain); const c = performance.now(); Lexer.lex(plain + ' '); console.log('plain', plain.length, (performance.now() - c).toFixed(1))
const one = Array.from({length: 400}, (_, i) => `Line ${i} with *em* and **strong** and \`code\`.`).join('\n')
Lexer.lex(one); const d = performance.now(); Lexer.lex(one + ' '); console.log('one paragraph', one.length, (performance.now() - d).toFixed(1))
