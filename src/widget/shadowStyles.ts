/**
 * The kit's stylesheet, adapted to a shadow root so host-page CSS neither leaks in nor out:
 * - `.acw-host` (the mount point) resets every inherited property with `all: initial`, so a page's
 *   `color`, `font-size` or `letter-spacing` stops at the shadow boundary; custom properties are not reset by `all`.
 * - `rem` still means the page's `<html>` font size inside a shadow root, so it becomes `--acw-rem` (16px).
 * - The design tokens' defaults move from `.acw-root` to `:host` ({@link hoistTokens}), so `--acw-*` set on the
 *   host element win over them: a declaration on an inner element would beat any inherited value.
 */
export const SHADOW_BASE_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.acw-host { all: initial; display: block; block-size: 100%; }
`

const REM = /(?<![\w.-])(-?\d*\.?\d+)rem\b/g

/** Replaces every `rem` length with `calc(n * var(--acw-rem, 16px))`. */
export function remToHostUnits(css: string): string {
  return css.replace(REM, 'calc($1 * var(--acw-rem, 16px))')
}

/** `.acw-root` or `.acw-root[data-theme="dark"]`, as CSSOM serializes the selectors of tokens.css. */
const TOKEN_SELECTOR = /^\.acw-root(?:\[data-theme=["']?([\w-]+)["']?\])?$/

interface RuleContainer {
  readonly cssRules: CSSRuleList
  insertRule(rule: string, index?: number): number
}

const isContainer = (rule: CSSRule): rule is CSSRule & RuleContainer =>
  'cssRules' in rule && 'insertRule' in rule
const isStyleRule = (rule: CSSRule): rule is CSSStyleRule => 'selectorText' in rule && 'style' in rule

/**
 * Moves the `--acw-*` declarations of the token rules (`.acw-root`, `.acw-root[data-theme=…]`, also inside
 * `@media`) to `:host` / `:host([data-acw-theme=…])`. Outer-context declarations beat `:host` ones, so a page's
 * `atthene-chat { --acw-color-accent: teal }` wins; the widget's own `data-theme` is mirrored on the host.
 */
export function hoistTokens(container: RuleContainer): void {
  // Backwards, so a rule inserted at `index` never shifts one still to visit.
  for (let index = container.cssRules.length - 1; index >= 0; index--) {
    const rule = container.cssRules[index]
    if (!rule) continue
    // With CSS nesting, a style rule is a container too: check for the token rules first.
    if (!isStyleRule(rule)) {
      if (isContainer(rule)) hoistTokens(rule)
      continue
    }
    const match = TOKEN_SELECTOR.exec(rule.selectorText)
    if (!match) continue
    const names = Array.from(rule.style).filter((name) => name.startsWith('--acw-'))
    if (names.length === 0) continue
    const declarations = names.map((name) => `${name}: ${rule.style.getPropertyValue(name)};`).join(' ')
    for (const name of names) rule.style.removeProperty(name)
    const selector = match[1] ? `:host([data-acw-theme="${match[1]}"])` : ':host'
    container.insertRule(`${selector} { ${declarations} }`, index)
  }
}
