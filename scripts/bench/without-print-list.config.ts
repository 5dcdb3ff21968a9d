import { mergeConfig, type Plugin } from 'vite'
import appConfig from '../../vite.config.ts'

/**
 * Diagnostic build for `npm run bench -- --without-print-list`: the app with its hidden print list
 * (every filtered event rendered for printing) replaced by nothing, to show what it costs at scale.
 */
const stubPrintList: Plugin = {
  name: 'bench-stub-print-list',
  enforce: 'pre',
  load(id) {
    if (id.replaceAll('\\', '/').endsWith('src/features/print-list/print-list.tsx')) return 'export function PrintList() { return null }'
    return null
  },
}

export default mergeConfig(appConfig, { plugins: [stubPrintList] })
