// First, so the page never flashes the wrong theme.
import './app/theme-boot'
import './index.css'

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

// In two tasks, not one: React's DOM (half the script) is compiled and run first; the page may
// paint and take input before the app's own modules are.
void import('react-dom/client')
  .then(yieldToPage)
  .then(() => import('./app/start'))
  .then(({ start }) => start())
