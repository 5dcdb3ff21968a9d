import { fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PanelBoundary } from './panel-boundary'

let broken = true

/** A panel that crashes when its button is pressed while `broken` is set. */
function FragilePanel() {
  const [pressed, setPressed] = useState(false)
  if (pressed && broken) throw new Error('Cannot read properties of undefined (reading "start")')
  return (
    <section aria-label="Timeline">
      <button type="button" onClick={() => setPressed(true)}>
        Zoom in
      </button>
    </section>
  )
}

function CounterPanel() {
  const [count, setCount] = useState(0)
  return (
    <section aria-label="Filters">
      <button type="button" onClick={() => setCount((n) => n + 1)}>
        Chosen: {count}
      </button>
    </section>
  )
}

function Page() {
  return (
    <>
      <PanelBoundary name="filter panel">
        <CounterPanel />
      </PanelBoundary>
      <PanelBoundary name="timeline">
        <FragilePanel />
      </PanelBoundary>
    </>
  )
}

beforeEach(() => {
  broken = true
  // React logs the caught error; it is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('PanelBoundary', () => {
  it('closes only the panel that failed, says so, and leaves the others usable', () => {
    render(<Page />)
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }))

    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The timeline hit a problem and was closed.')
    expect(alert).toHaveTextContent('Cannot read properties of undefined')
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull()

    const filters = screen.getByRole('region', { name: 'Filters' })
    fireEvent.click(within(filters).getByRole('button', { name: 'Chosen: 0' }))
    expect(within(filters).getByRole('button', { name: 'Chosen: 1' })).toBeInTheDocument()
  })

  it('brings the panel back with Try again once the fault has passed', () => {
    render(<Page />)
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }))
    broken = false
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument()
  })
})
