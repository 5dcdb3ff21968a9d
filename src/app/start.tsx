import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { startUrlSync } from '../state/url-sync'
import { markPhase } from '../dataset/phase-marks'
import { prepareRegionNames } from '../dataset/regions'

export function start(): void {
  markPhase('modules evaluated')
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  // Before the first render, so the first paint already shows the linked view.
  startUrlSync()
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  // After the first paint, while the dataset is on its way, rather than while the modules evaluate.
  requestAnimationFrame(() => setTimeout(prepareRegionNames, 0))
}
