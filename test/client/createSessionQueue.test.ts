import { describe, expect, it } from 'vitest'
import { createSessionQueue } from '../../src/client/index.ts'

/** A task that records its start and finishes when `finish()` is called. */
function deferredTask(log: string[], name: string) {
  let finish!: (value: string) => void
  let fail!: (error: Error) => void
  const task = () => {
    log.push(`start ${name}`)
    return new Promise<string>((resolve, reject) => {
      finish = resolve
      fail = reject
    })
  }
  return { task, finish: () => finish(name), fail: (error: Error) => fail(error) }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createSessionQueue', () => {
  it('runs the tasks of one key one at a time, in order', async () => {
    const queue = createSessionQueue()
    const log: string[] = []
    const tasks = ['a', 'b', 'c'].map((name) => deferredTask(log, name))
    const results = tasks.map((t) => queue.run('s1', t.task))
    await tick()
    expect(log).toEqual(['start a'])
    expect(queue.size('s1')).toBe(3)
    tasks[0]!.finish()
    await tick()
    expect(log).toEqual(['start a', 'start b'])
    tasks[1]!.finish()
    await tick()
    tasks[2]!.finish()
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c'])
    expect(queue.size('s1')).toBe(0)
  })

  it('does not block other keys', async () => {
    const queue = createSessionQueue()
    const log: string[] = []
    const slow = deferredTask(log, 'slow')
    const other = deferredTask(log, 'other')
    void queue.run('s1', slow.task)
    const otherDone = queue.run('s2', other.task)
    await tick()
    expect(log).toEqual(['start slow', 'start other'])
    other.finish()
    expect(await otherDone).toBe('other')
    slow.finish()
  })

  it('moves on after a failing or throwing task', async () => {
    const queue = createSessionQueue()
    const log: string[] = []
    const failing = deferredTask(log, 'failing')
    const first = queue.run('s1', failing.task)
    const second = queue.run('s1', () => {
      throw new Error('sync')
    })
    const third = queue.run('s1', () => Promise.resolve('third'))
    await tick()
    failing.fail(new Error('async'))
    await expect(first).rejects.toThrow('async')
    await expect(second).rejects.toThrow('sync')
    expect(await third).toBe('third')
  })

  it('removes a queued task whose signal aborts before it starts, rejecting aborted at once', async () => {
    const queue = createSessionQueue()
    const log: string[] = []
    const running = deferredTask(log, 'running')
    const controller = new AbortController()
    void queue.run('s1', running.task)
    const removed = queue.run('s1', () => Promise.resolve(log.push('start removed')), controller.signal)
    const last = queue.run('s1', () => Promise.resolve('last'))
    controller.abort()
    await expect(removed).rejects.toMatchObject({ code: 'aborted' })
    expect(queue.size('s1')).toBe(2)
    running.finish()
    expect(await last).toBe('last')
    expect(log).toEqual(['start running'])
  })

  it('rejects at once for an already aborted signal, without queueing', async () => {
    const queue = createSessionQueue()
    await expect(queue.run('s1', () => Promise.resolve(1), AbortSignal.abort())).rejects.toMatchObject({
      code: 'aborted',
    })
    expect(queue.size('s1')).toBe(0)
  })

  it('lets a running task see its own abort (the queue does not cancel it)', async () => {
    const queue = createSessionQueue()
    const controller = new AbortController()
    const log: string[] = []
    const running = deferredTask(log, 'running')
    const result = queue.run('s1', running.task, controller.signal)
    await tick()
    controller.abort()
    running.finish()
    expect(await result).toBe('running')
  })
})
