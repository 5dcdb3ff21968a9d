// First, so the page never flashes the wrong theme.
import './app/theme-boot'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { startUrlSync } from './state/url-sync'
import './index.css'
import { markPhase } from './dataset/phase-marks'

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
