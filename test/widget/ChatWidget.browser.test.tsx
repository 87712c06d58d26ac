import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderWidget, textareaOf, until } from './harness.tsx'

const userTexts = (container: HTMLElement) =>
  [...container.querySelectorAll('.acw-message[data-role="user"] .acw-message__text')].map(
    (node) => node.textContent,
  )

describe('ChatWidget keyboard and focus', () => {
  it('sends with Enter, shows the reply, and keeps focus in the composer', async () => {
    const { runtime, container, textbox } = await renderWidget()
    await userEvent.click(textbox)
    await userEvent.keyboard('hello widget')
    await userEvent.keyboard('{Enter}')

    const textarea = textareaOf(container)
    expect(textarea.value).toBe('')
    expect(document.activeElement).toBe(textarea)
    // The user's bubble comes first; the reply quotes the same text once it arrives.
    await expect.element(page.getByText('hello widget', { exact: true }).first()).toBeVisible()
    await expect
      .element(page.getByRole('log').getByRole('blockquote').getByText('hello widget'))
      .toBeVisible()
    await until(() => runtime.executions.length === 1, 'one execution')
    expect(runtime.executions[0]!.content).toBe('hello widget')
    expect(document.activeElement).toBe(textarea)
  })

  it('adds a line with Shift+Enter and sends both lines with Enter', async () => {
    const { runtime, container, textbox } = await renderWidget()
    await userEvent.click(textbox)
    await userEvent.keyboard('first line{Shift>}{Enter}{/Shift}second line')
    const textarea = textareaOf(container)
    expect(textarea.value).toBe('first line\nsecond line')
    expect(runtime.executions).toHaveLength(0)
    expect(userTexts(container)).toEqual([])

    await userEvent.keyboard('{Enter}')
    await until(() => runtime.executions.length === 1, 'one execution')
    expect(runtime.executions[0]!.content).toBe('first line\nsecond line')
    expect(userTexts(container)).toEqual(['first line\nsecond line'])
    expect(document.activeElement).toBe(textarea)
  })

  it('does not send empty or whitespace-only text', async () => {
    const { runtime, container, textbox } = await renderWidget()
    await userEvent.click(textbox)
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard('   {Shift>}{Enter}{/Shift}  {Enter}')
    const send = page.getByRole('button', { name: 'Send' })
    await expect.element(send).toHaveAttribute('aria-disabled', 'true')
    ;(send.element() as HTMLButtonElement).click()
    // Give a would-be send every chance to happen: a status read round trip.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(runtime.executions).toHaveLength(0)
    expect(userTexts(container)).toEqual([])
  })

  it('returns focus to the composer after the error banner is dismissed', async () => {
    const { runtime, container, textbox } = await renderWidget()
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 30 }, { sessionId: 's1' })
    await userEvent.click(textbox)
    await userEvent.keyboard('limited{Enter}')
    const dismiss = page.getByRole('button', { name: 'Dismiss' })
    await expect.element(dismiss).toBeVisible()
    await userEvent.click(dismiss)
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument()
    expect(document.activeElement).toBe(textareaOf(container))
  })
})
