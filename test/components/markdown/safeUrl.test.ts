import { describe, expect, it } from 'vitest'
import { safeImageSrc, safeLinkHref, safeMarkdownImageSrc } from '../../../src/components/markdown/safeUrl.ts'

describe('safeLinkHref', () => {
  it.each([
    'https://example.com/a?b=c#d',
    'http://example.com',
    'mailto:help@example.com',
    '/relative/path',
    './here',
    '../up',
    'page.html?x=1',
    '//cdn.example.com/x',
  ])('allows %s', (href) => {
    expect(safeLinkHref(href)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'blob:https://example.com/1',
    'tel:+123',
    '#top',
    '',
    '   ',
    'http://[::1',
  ])('refuses %j', (href) => {
    expect(safeLinkHref(href)).toBeNull()
  })

  it('refuses a missing href', () => {
    expect(safeLinkHref(undefined)).toBeNull()
    expect(safeLinkHref(null)).toBeNull()
  })
})

describe('safeMarkdownImageSrc', () => {
  it('allows https: and data:image only', () => {
    expect(safeMarkdownImageSrc('https://example.com/a.png')).toBe('https://example.com/a.png')
    expect(safeMarkdownImageSrc('data:image/gif;base64,R0lGOD')).toBe('data:image/gif;base64,R0lGOD')
    expect(safeMarkdownImageSrc('DATA:IMAGE/png;base64,AA')).toBe('DATA:IMAGE/png;base64,AA')
    for (const src of [
      'http://example.com/a.png',
      '/a.png',
      'a.png',
      'javascript:alert(1)',
      'data:text/html,x',
      'blob:x',
    ]) {
      expect(safeMarkdownImageSrc(src)).toBeNull()
    }
  })
})

describe('safeImageSrc', () => {
  it('allows https:, http:, blob: and data:image for attachments', () => {
    for (const src of [
      'https://a.b/c.png',
      'http://a.b/c.png',
      'blob:https://a.b/123',
      'data:image/png;base64,AA',
    ]) {
      expect(safeImageSrc(src)).toBe(src)
    }
    for (const src of [
      'javascript:alert(1)',
      'data:text/html,x',
      'data:application/pdf,x',
      '/relative.png',
      '',
      undefined,
    ]) {
      expect(safeImageSrc(src)).toBeNull()
    }
  })
})
