import { lazy, Suspense } from 'react'

// d3, supercluster and the Natural Earth basemap load only when a map is shown.
const MapView = lazy(() => import('./map-view'))

/** The map, loaded on first use; until then a placeholder of its size holds its place. */
export function MapPanel() {
  return (
    <Suspense fallback={<p className="h-[calc(100vh-12rem)] min-h-[24rem] text-sm text-slate-600 dark:text-slate-400">Loading the map…</p>}>
      <MapView />
    </Suspense>
  )
}
