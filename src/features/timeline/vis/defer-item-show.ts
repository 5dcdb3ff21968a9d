import { visPrototype } from './vis-prototype'

type GroupPrototype = { _checkIfVisible: (...args: unknown[]) => void; __deferredShow: true }

/**
 * vis shows each item the moment it is added: it writes the item's DOM and reads its size back, a
 * forced layout per item (a filter that brings 40 events back did 40; opening 10,000 events took a
 * 500 ms task). Its next redraw, which every add schedules, shows all new items in range in two passes
 * (every write, then every read). So the immediate show is skipped: Group.add is the only caller of
 * `_checkIfVisible`. Checked by the e2e suite, which sees every item drawn after filters and opens.
 */
export function deferItemShow(): void {
  const group = visPrototype<GroupPrototype>('Group')
  if (!group || typeof group._checkIfVisible !== 'function' || group.__deferredShow) return
  group._checkIfVisible = () => {}
  group.__deferredShow = true
}
