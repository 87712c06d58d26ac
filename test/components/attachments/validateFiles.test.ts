import { describe, expect, it } from 'vitest'
import { acceptsFile } from '../../../src/components/attachments/acceptsFile.ts'
import { truncateName } from '../../../src/components/attachments/truncateName.ts'
import { REJECTION_CODES, validateFiles } from '../../../src/components/attachments/validateFiles.ts'
import { de } from '../../../src/components/labels/de.ts'
import { en } from '../../../src/components/labels/en.ts'

const file = (name: string, size: number, type = 'image/png') =>
  new File([new Uint8Array(size)], name, { type })

describe('validateFiles', () => {
  it('accepts files within every limit, in order', () => {
    const files = [file('a.png', 10), file('b.pdf', 20, 'application/pdf')]
    const result = validateFiles(files, [], { accept: 'image/*,.pdf', maxSize: 100, maxFiles: 5 })
    expect(result.accepted).toEqual(files)
    expect(result.rejections).toEqual([])
  })

  it('rejects a wrong type with its code and a reason naming the file and the accepted types', () => {
    const { accepted, rejections } = validateFiles([file('notes.txt', 5, 'text/plain')], [], {
      accept: ['image/*', '.pdf'],
    })
    expect(accepted).toEqual([])
    expect(rejections).toHaveLength(1)
    expect(rejections[0]!.code).toBe('file-invalid-type')
    expect(rejections[0]!.message).toBe('“notes.txt” is not a supported file type. Accepted: image/*, .pdf.')
  })

  it('rejects too large files with both sizes, readable', () => {
    const { rejections } = validateFiles([file('big.png', 3 * 1024 * 1024)], 0, { maxSize: 2 * 1024 * 1024 })
    expect(rejections[0]!.code).toBe('file-too-large')
    expect(rejections[0]!.message).toBe('“big.png” is too large (3 MB). The limit is 2 MB.')
  })

  it('rejects empty files by default (minSize 1) and too-small files when minSize is larger', () => {
    const { rejections } = validateFiles([file('empty.png', 0), file('tiny.png', 5)], 0, { minSize: 10 })
    expect(rejections.map((r) => r.code)).toEqual(['file-empty', 'file-too-small'])
    expect(rejections[0]!.message).toBe('“empty.png” is empty.')
    expect(validateFiles([file('empty.png', 0)], 0).rejections[0]!.code).toBe('file-empty')
    expect(validateFiles([file('empty.png', 0)], 0, { minSize: 0 }).accepted).toHaveLength(1)
  })

  it('keeps the first files that fit under maxFiles, counting existing attachments', () => {
    const files = [file('1.png', 1), file('2.png', 1), file('3.png', 1)]
    const { accepted, rejections } = validateFiles(files, [{}, {}], { maxFiles: 3 })
    expect(accepted.map((f) => f.name)).toEqual(['1.png'])
    expect(rejections.map((r) => [r.file.name, r.code])).toEqual([
      ['2.png', 'too-many-files'],
      ['3.png', 'too-many-files'],
    ])
    expect(rejections[0]!.message).toBe('“2.png” was not added: at most 3 files per message.')
  })

  it('an invalid file does not use up a place under maxFiles', () => {
    const files = [file('bad.txt', 1, 'text/plain'), file('ok.png', 1)]
    const { accepted } = validateFiles(files, 0, { maxFiles: 1, accept: 'image/*' })
    expect(accepted.map((f) => f.name)).toEqual(['ok.png'])
  })

  it('rejects names over 255 characters and shortens the name in the reason', () => {
    const name = `${'x'.repeat(1000)}.png`
    const { rejections } = validateFiles([file(name, 1)], 0)
    expect(rejections[0]!.code).toBe('name-too-long')
    expect(rejections[0]!.message.length).toBeLessThan(120)
    expect(rejections[0]!.message).toContain('…')
    expect(rejections[0]!.message).toContain('.png')
    expect(validateFiles([file(`${'y'.repeat(251)}.png`, 1)], 0).accepted).toHaveLength(1)
  })

  it('keeps markup in names as plain text in the message (rendering escapes it)', () => {
    const { rejections } = validateFiles([file('<img src=x onerror=alert(1)>.exe', 1, '')], 0, {
      accept: 'image/*',
    })
    expect(rejections[0]!.message).toContain('<img src=x onerror=alert(1)>.exe')
  })

  it('uses overriding messages (string or function) before the catalog, and the catalog given', () => {
    const files = [file('a.png', 0), file('b.png', 500)]
    const { rejections } = validateFiles(files, 0, {
      maxSize: 100,
      messages: {
        'file-empty': 'Leer!',
        'file-too-large': (info) => `${info.name}:${info.size}>${info.maxSize}`,
      },
    })
    expect(rejections.map((r) => r.message)).toEqual(['Leer!', 'b.png:500>100'])
    const german = validateFiles([file('c.png', 0)], 0, { labels: de })
    expect(german.rejections[0]!.message).toBe('„c.png“ ist leer.')
  })

  it('has a default English reason for every code, and no reason without a code', () => {
    expect(Object.keys(en.rejections).sort()).toEqual([...REJECTION_CODES].sort())
  })
})

describe('acceptsFile', () => {
  it('matches MIME types, wildcards and extensions, case-insensitively', () => {
    expect(acceptsFile({ name: 'A.PDF', type: '' }, '.pdf')).toBe(true)
    expect(acceptsFile({ name: 'a.png', type: 'image/png' }, 'image/*')).toBe(true)
    expect(acceptsFile({ name: 'a.png', type: 'IMAGE/PNG' }, 'image/png')).toBe(true)
    expect(acceptsFile({ name: 'a.txt', type: 'text/plain' }, 'image/*, .pdf')).toBe(false)
    expect(acceptsFile({ name: 'a.txt', type: 'text/plain' }, undefined)).toBe(true)
    expect(acceptsFile({ name: 'a.txt', type: 'text/plain' }, '')).toBe(true)
    expect(acceptsFile({ name: 'imagepng', type: 'imagex/png' }, 'image/*')).toBe(false)
  })
})

describe('truncateName', () => {
  it('keeps short names and shortens long ones to the limit, keeping the extension', () => {
    expect(truncateName('report.pdf')).toBe('report.pdf')
    const short = truncateName(`${'a'.repeat(100)}.pdf`, 40)
    expect(Array.from(short)).toHaveLength(40)
    expect(short.endsWith('.pdf')).toBe(true)
    expect(short).toContain('…')
  })
})
