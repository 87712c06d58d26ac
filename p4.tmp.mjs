import { Lexer } from 'marked'
const plain = Array.from({length: 2000}, (_, i) => `Paragraph ${i} with plain words only here and there.`).join('\n\n')
Lexer.lex(plain); const c = performance.now(); Lexer.lex(plain + ' '); console.log('plain', plain.length, (performance.now() - c).toFixed(1))
