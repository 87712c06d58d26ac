import { describe, expect, it } from 'vitest'
import { RUNTIME_ERROR_CODES } from '../../../src/client/types.ts'
import { REJECTION_CODES, type RejectionInfo } from '../../../src/components/attachments/validateFiles.ts'
import type { ChatLabels } from '../../../src/components/labels/ChatLabels.ts'
import { builtInLabels, en, getLabels, mergeLabels } from '../../../src/components/labels/index.ts'
import { ar, de, locales } from '../../../src/locales.ts'

/** Every key path of a catalog, nested objects flattened (`errors.network.title`). */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, entry]) =>
    entry !== null && typeof entry === 'object'
      ? keyPaths(entry as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}

const info: RejectionInfo = {
  code: 'file-too-large',
  name: 'a.png',
  displayName: 'a.png',
  size: 2048,
  maxSize: 1024,
  minSize: 1,
  maxFiles: 3,
  maxNameLength: 255,
  accept: 'image/*',
}

describe.each([
  ['de', de],
  ['ar', ar],
])('the %s catalog', (_name, catalog: ChatLabels) => {
  it('has every key English has, and no others', () => {
    expect(keyPaths(catalog).sort()).toEqual(keyPaths(en).sort())
  })

  it('has a non-empty text for every key, differing from English where it is not a name or unit', () => {
    for (const path of keyPaths(catalog)) {
      const value = path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalog)
      const text =
        typeof value === 'function' ? String((value as (arg: unknown) => unknown)(3)) : String(value)
      expect(text, path).not.toBe('')
    }
    expect(catalog.send).not.toBe(en.send)
    expect(catalog.errors.session_not_found.title).not.toBe(en.errors.session_not_found.title)
  })

  it('words every rejection with the file name', () => {
    for (const code of REJECTION_CODES) expect(catalog.rejections[code]({ ...info, code })).toContain('a.png')
  })
})

describe('catalogs', () => {
  it('cover every runtime error code with a title and description', () => {
    for (const catalog of Object.values(locales)) {
      for (const code of RUNTIME_ERROR_CODES) {
        expect(catalog.errors[code].title, code).not.toBe('')
        expect(catalog.errors[code].description, code).not.toBe('')
      }
    }
  })

  it('declare their direction: Arabic right-to-left, the others left-to-right', () => {
    expect([en.dir, de.dir, ar.dir]).toEqual(['ltr', 'ltr', 'rtl'])
  })

  it('build plurals and interpolations', () => {
    expect(en.newMessages(1)).toBe('1 new message')
    expect(en.newMessages(3)).toBe('3 new messages')
    expect(en.charactersLeft(1)).toBe('1 character left')
    expect(en.sendAvailableIn(12)).toBe('Send available in 12 s')
    expect(en.messageTooLong(8000)).toContain('8,000')
    expect(de.messageTooLong(8000)).toContain('8.000')
    expect(de.newMessages(2)).toBe('2 neue Nachrichten')
    expect(ar.newMessages(2)).toBe('رسالتان جديدتان')
    expect(ar.newMessages(5)).toContain('رسائل')
    expect(en.duration(350)).toBe('350ms')
    expect(en.duration(1250)).toBe('1.3s')
    expect(en.fileSize(1536)).toBe('1.5 kB')
  })
})

describe('getLabels', () => {
  it('picks the catalog by primary language and falls back to English', () => {
    expect(getLabels('de', locales)).toBe(de)
    expect(getLabels('de-AT', locales)).toBe(de)
    expect(getLabels('DE_ch', locales)).toBe(de)
    expect(getLabels('ar-EG', locales)).toBe(ar)
    expect(getLabels('fr-FR', locales)).toBe(en)
    expect(getLabels('de')).toBe(en)
    expect(Object.keys(builtInLabels)).toEqual(['en'])
    expect(getLabels('')).toBe(en)
    expect(getLabels(undefined)).toBe(en)
    expect(getLabels('constructor', locales)).toBe(en)
  })
})

describe('mergeLabels', () => {
  it('returns the base when there is nothing to merge', () => {
    expect(mergeLabels(en)).toBe(en)
  })

  it('overrides top-level keys, single error fields and single rejections, keeping the rest', () => {
    const merged = mergeLabels(de, {
      send: 'Abschicken',
      errors: { network: { title: 'Offline' } },
      rejections: { 'file-empty': () => 'leer' },
    })
    expect(merged.send).toBe('Abschicken')
    expect(merged.attachFiles).toBe(de.attachFiles)
    expect(merged.errors.network.title).toBe('Offline')
    expect(merged.errors.network.description).toBe(de.errors.network.description)
    expect(merged.errors.timeout).toBe(de.errors.timeout)
    expect(merged.rejections['file-empty'](info)).toBe('leer')
    expect(merged.rejections['file-too-large']).toBe(de.rejections['file-too-large'])
    expect(de.send).toBe('Senden')
  })

  it('ignores keys set to undefined', () => {
    const merged = mergeLabels(en, { send: undefined, errors: { network: { title: undefined } } })
    expect(merged.send).toBe('Send')
    expect(merged.errors.network.title).toBe(en.errors.network.title)
  })
})
