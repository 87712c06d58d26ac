/**
 * Evaluates an arithmetic expression without `eval`: numbers, `+ - * / %`, `^` (power, right-associative),
 * unary minus and parentheses. Throws an `Error` with a readable message on anything else.
 */
export function calculate(expression: string): number {
  const tokens = expression.replace(/,/g, '').match(/\d+(?:\.\d+)?|\.\d+|[-+*/%^()]|\S/g) ?? []
  let position = 0
  const peek = () => tokens[position]
  const next = () => tokens[position++]

  function primary(): number {
    const token = next()
    if (token === '(') {
      const value = sum()
      if (next() !== ')') throw new Error('missing closing parenthesis')
      return value
    }
    if (token !== undefined && /^(\d|\.\d)/.test(token)) return Number(token)
    throw new Error(token === undefined ? 'unexpected end of expression' : `unexpected "${token}"`)
  }
  function unary(): number {
    if (peek() === '-') {
      next()
      return -unary()
    }
    if (peek() === '+') next()
    return power()
  }
  function power(): number {
    const base = primary()
    if (peek() !== '^') return base
    next()
    return base ** unary()
  }
  function product(): number {
    let value = unary()
    for (let op = peek(); op === '*' || op === '/' || op === '%'; op = peek()) {
      next()
      const right = unary()
      if ((op === '/' || op === '%') && right === 0) throw new Error('division by zero')
      value = op === '*' ? value * right : op === '/' ? value / right : value % right
    }
    return value
  }
  function sum(): number {
    let value = product()
    for (let op = peek(); op === '+' || op === '-'; op = peek()) {
      next()
      value = op === '+' ? value + product() : value - product()
    }
    return value
  }

  if (tokens.length === 0) throw new Error('empty expression')
  const value = sum()
  if (position < tokens.length) throw new Error(`unexpected "${tokens[position]}"`)
  if (!Number.isFinite(value)) throw new Error('result is not a finite number')
  return Number(value.toPrecision(12))
}
