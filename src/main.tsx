// First, so the page never flashes the wrong theme.
import './app/theme-boot'
import './index.css'

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

// Three tasks, not one long one: this entry (with the store it imports), then React's DOM (half the
// script), then the app. The page may paint and take input between them; all are preloaded.
void import('react-dom/client')
  .then(yieldToPage)
  .then(() => import('./app/start'))
  .then(({ start }) => start())
