import { visPrototype } from './vis-prototype'

/** The parts of vis's undeclared Item this relies on. */
type Item = {
  displayed: boolean
  dirty: boolean
  parent?: { stackDirty: boolean } | null
  redraw: (returnQueue?: boolean) => unknown
}
type ItemPrototype = { setData: (this: Item, data: unknown) => void; __batchedRedraw: true }

let batch: Set<Item> | null = null
const skipRedraw = () => undefined

/**
 * vis redraws an updated item at once if it is shown: it writes the item's DOM and reads its size
 * back, a forced layout per item. A filter change that changes the counts on 300 markers did 300
 * (at 10,000 events, about 60 ms a change). Inside `withBatchedItemRedraws` those redraws wait, and
 * run together when it ends in vis's own two passes (every write, then every read), as vis does for
 * items it shows. Installed once, like deferItemShow.
 */
export function batchItemRedraws(): void {
  const item = visPrototype<ItemPrototype>('items', 'Item')
  if (!item || typeof item.setData !== 'function' || item.__batchedRedraw) return
  const setData = item.setData
  item.setData = function (this: Item, data: unknown) {
    if (!batch || Object.hasOwn(this, 'redraw')) return setData.call(this, data)
    Object.defineProperty(this, 'redraw', { value: skipRedraw, configurable: true })
    try {
      setData.call(this, data)
    } finally {
      delete (this as Partial<Item>).redraw
    }
    batch.add(this)
  }
  item.__batchedRedraw = true
}

/** Runs `work` (DataSet changes), then redraws every shown item it updated, in one write pass and one read pass. */
export function withBatchedItemRedraws(work: () => void): void {
  if (batch) return work()
  batch = new Set()
  let updated: Set<Item>
  try {
    work()
  } finally {
    updated = batch
    batch = null
  }
  const queues: (() => void)[][] = []
  for (const item of updated) {
    if (!item.displayed || !item.dirty) continue
    const queue = item.redraw(true)
    if (Array.isArray(queue)) queues.push(queue as (() => void)[])
    // Restacked with the new sizes in the next frame's redraw, which vis has queued.
    if (item.parent) item.parent.stackDirty = true
  }
  const steps = queues.reduce((most, queue) => Math.max(most, queue.length), 0)
  for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.()
}
