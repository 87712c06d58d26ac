/** Waits for `count` animation frames. */
export async function frames(count = 2): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
  }
}

/** Waits until the element's scrollTop and scrollHeight stop changing for a few frames. */
export async function settle(element: HTMLElement, maxFrames = 120): Promise<void> {
  let last = ''
  let stable = 0
  for (let index = 0; index < maxFrames && stable < 4; index += 1) {
    await frames(1)
    const now = `${element.scrollTop}:${element.scrollHeight}`
    stable = now === last ? stable + 1 : 0
    last = now
  }
}

export function distanceFromBottom(element: HTMLElement): number {
  return element.scrollHeight - element.scrollTop - element.clientHeight
}

/** The first row at least partly visible in the viewport: its key and its top relative to the viewport's top. */
export function firstVisibleRow(viewport: HTMLElement): { key: string; top: number } {
  const viewportTop = viewport.getBoundingClientRect().top
  const rows = [...viewport.querySelectorAll<HTMLElement>('[data-key]')]
    .map((row) => {
      const rect = row.getBoundingClientRect()
      return { key: row.dataset.key ?? '', top: rect.top - viewportTop, bottom: rect.bottom - viewportTop }
    })
    .filter((row) => row.bottom > 1)
    .sort((a, b) => a.top - b.top)
  const first = rows[0]
  if (!first) throw new Error('no visible row')
  return { key: first.key, top: first.top }
}

/** Scrolls an element like a reader would (the scroll event follows), then lets the thread settle. */
export async function scrollTo(element: HTMLElement, top: number): Promise<void> {
  element.scrollTop = top
  await settle(element)
}
