import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { resetAppStore, useAppStore } from './store/app-store'
import { fileSource, useOpenDataset } from './use-open-dataset'

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return renderHook(() => useOpenDataset(), { wrapper }).result
}

const jsonFile = (value: unknown, name: string) => new File([JSON.stringify(value)], name, { type: 'application/json' })

/** A file that takes a while to read, so that it finishes after one opened later. */
class SlowFile extends File {
  override text(): Promise<string> {
    return new Promise((resolve) => setTimeout(() => resolve(super.text()), 30))
  }
}

beforeEach(() => {
  resetAppStore()
  useAppStore.getState().actions.toggleCountry('FR')
  useAppStore.getState().actions.select('paris-summit')
})

describe('useOpenDataset', () => {
  it('leaves the dataset and the view exactly as they were when a file fails, and says why', async () => {
    const open = setup()
    const before = useAppStore.getState()
    let opened = true
    await act(async () => {
      opened = await open.current(fileSource(jsonFile({ meta: 'nonsense' }, 'broken.json')), 'broken.json')
    })
    const after = useAppStore.getState()
    expect(opened).toBe(false)
    expect(after.source).toBe(before.source)
    expect(after.view).toBe(before.view)
    expect(after.openAttempt).toMatchObject({ status: 'failed', name: 'broken.json' })
  })

  it('shows a file that loads, from its default view', async () => {
    const open = setup()
    const source = fileSource(jsonFile(sampleDataset(), 'mine.json'))
    await act(async () => {
      await open.current(source, 'mine.json')
    })
    const after = useAppStore.getState()
    expect(after.source).toBe(source)
    expect(after.view.filters.countries).toEqual([])
    expect(after.view.selected).toBeNull()
    expect(after.openAttempt).toBeNull()
  })

  it('lets the later of two opens win', async () => {
    const open = setup()
    const first = fileSource(new SlowFile([JSON.stringify(sampleDataset())], 'first.json'))
    const second = fileSource(jsonFile(sampleDataset(), 'second.json'))
    await act(async () => {
      await Promise.all([open.current(first, 'first.json'), open.current(second, 'second.json')])
    })
    expect(useAppStore.getState().source).toBe(second)
  })
})
