// First, so the page never flashes the wrong theme.
import './app/theme-boot'
import './index.css'
import { pageTurn } from './dataset/page-turns'

/** A chunk that does not arrive (offline, or replaced by a newer deploy) must not leave a blank page. */
function sayCodeDidNotLoad(): void {
  const message = document.createElement('p')
  message.setAttribute('role', 'alert')
  message.className = 'p-6 text-base'
  message.textContent = 'The app’s code did not load. Check the connection, then reload the page.'
  document.getElementById('root')?.replaceChildren(message)
}

// Three tasks, not one long one: this entry (with the store it imports), then React's DOM (half the
// script), then the app. The page may paint and take input between them; all are preloaded.
import('react-dom/client')
  .then(pageTurn)
  .then(() => import('./app/start'))
  .then(({ start }) => start(), sayCodeDidNotLoad)
