/**
 * Probes injected into the benchmarked pages (app and baseline alike) before any of their scripts.
 * Plain JavaScript in a string: a transpiled function would drag its helpers (e.g. __name) along.
 *
 * - __bench.longTasks: every main-thread task over 50 ms, as { start, duration }.
 * - __bench.firstItemAt: when the first vis item was painted (ms since navigation start).
 * - __bench.firstMapAt: when the map's basemap and first marker were painted (app only).
 * - __bench.measure(action): runs action, resolves with the time to the frame that painted the
 *   last DOM change it caused, once the page has been quiet for quietMs.
 * - __bench.startFrames() / stopFrames(): every frame's length in between.
 * - __bench.watchStatus(text): from now on, __bench.statusPainted resolves with the time of the first
 *   frame painted once a status element says `text`. Timed in the page: Playwright's own waits poll up
 *   to 500 ms apart.
 */
export const PROBES = `(() => {
  const afterPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => then(performance.now())
    channel.port2.postMessage(0)
  })
  let frames = []
  let running = false
  const probe = {
    longTasks: [],
    firstItemAt: null,
    firstMapAt: null,
    measure: (action, quietMs = 150, timeoutMs = 60000) => new Promise((resolve) => {
      let lastMutation = -1
      const observer = new MutationObserver(() => { lastMutation = performance.now() })
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
      const paints = []
      const start = performance.now()
      action()
      const next = () => afterPaint((now) => {
        paints.push(now)
        if (now - Math.max(lastMutation, start) > quietMs || now - start > timeoutMs) {
          observer.disconnect()
          const painted = paints.find((t) => t > lastMutation)
          resolve((painted === undefined ? now : painted) - start)
        } else next()
      })
      next()
    }),
    statusPainted: null,
    watchStatus: (text) => { probe.statusPainted = new Promise((resolve) => {
      const says = () => [...document.querySelectorAll('[role="status"]')].some((element) => element.textContent.includes(text))
      const done = () => {
        observer.disconnect()
        afterPaint(resolve)
      }
      const observer = new MutationObserver(() => { if (says()) done() })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      if (says()) done()
    }) },
    startFrames: () => {
      frames = []
      running = true
      let previous = performance.now()
      const loop = (t) => {
        frames.push(t - previous)
        previous = t
        if (running) requestAnimationFrame(loop)
      }
      requestAnimationFrame(loop)
    },
    stopFrames: () => { running = false; return frames },
  }
  window.__bench = probe
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) probe.longTasks.push({ start: task.startTime, duration: task.duration })
  }).observe({ type: 'longtask', buffered: true })
  // vis keeps its root hidden until its first full draw: an item counts once it can be seen.
  const shown = () => [...document.querySelectorAll('.vis-timeline .vis-item')].some((item) => {
    const box = item.getBoundingClientRect()
    return box.width > 0 && box.right > 0 && box.left < innerWidth && item.checkVisibility({ visibilityProperty: true })
  })
  const watch = () => {
    if (shown()) afterPaint((now) => { probe.firstItemAt = now })
    else requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)
  const watchMap = () => {
    if (document.querySelector('canvas[data-drawn]') && document.querySelector('[aria-label="Map of events"] button')) {
      afterPaint((now) => { probe.firstMapAt = now })
    } else requestAnimationFrame(watchMap)
  }
  requestAnimationFrame(watchMap)
})()`

export type BenchWindow = {
  __bench: {
    longTasks: { start: number; duration: number }[]
    firstItemAt: number | null
    firstMapAt: number | null
    measure: (action: () => void, quietMs?: number, timeoutMs?: number) => Promise<number>
    startFrames: () => void
    stopFrames: () => number[]
    watchStatus: (text: string) => void
    statusPainted: Promise<number> | null
  }
  baseline?: { setFilter: (country: string | null, query: string) => void }
}
