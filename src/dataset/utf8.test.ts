import { describe, expect, it } from 'vitest'
import { importOffThread } from './formats/import-off-thread'
import { decodeUtf8 } from './utf8'

const HEADER = 'title,start,category,countries,source_title,source_publisher,source_date\n'

describe('reading dataset bytes as UTF-8', () => {
  it('decodes UTF-8, dropping a byte-order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFÉlysée, Київ'), 'x.csv')).toBe('Élysée, Київ')
  })

  it('refuses a Windows-1252 CSV with a message, instead of opening it with "�" for every accent', async () => {
    // "Élysée" in Windows-1252: É is 0xC9 and é is 0xE9, neither valid UTF-8 here.
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${HEADER}`), 0xc9, 0x6c, 0x79, 0x73, 0xe9, 0x65, ...new TextEncoder().encode(',2025-03-27,summit,FR,T,P,2025-03-27\n')])
    await expect(importOffThread(new Blob([latin1]), 'summits.csv')).rejects.toThrow(
      'summits.csv is not UTF-8 text, so it cannot be read as a dataset. Save it as UTF-8 and open it again.',
    )
  })

  it('opens the same file saved as UTF-8', async () => {
    const utf8 = new TextEncoder().encode(`${HEADER}Élysée,2025-03-27,summit,FR,T,P,2025-03-27\n`)
    const { dataset } = await importOffThread(new Blob([utf8]), 'summits.csv')
    expect(dataset.events.map((e) => e.title)).toEqual(['Élysée'])
  })
})
