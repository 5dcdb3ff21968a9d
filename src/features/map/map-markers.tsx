import type { TimelineEvent } from '../../dataset/schema'
import { focusRing } from '../../ui/focus-ring'
import { markerColour } from './marker-colour'
import { useDatasetIndex } from '../../state/use-dataset'
import type { MapItem } from './marker-index'
import type { Transform } from './mercator'

type Props = {
  items: readonly MapItem[]
  transform: Transform
  selectedId: string | null
  onSelect: (event: TimelineEvent) => void
  onOpenCluster: (item: Extract<MapItem, { kind: 'cluster' }>) => void
}

const EVENT_SIZE = 16
const SELECTED_SIZE = 24
/** The button round each event's dot: bigger than the dot, so it is easy to hit on a touch screen. */
const HIT_SIZE = 28

export function placeName(event: TimelineEvent): string {
  return event.location ?? event.place?.gazetteer?.name ?? ''
}

const abbreviate = (count: number) => (count >= 10_000 ? `${Math.round(count / 1000)}k` : count >= 1000 ? `${(count / 1000).toFixed(1)}k` : String(count))

/** The markers in view as buttons, in time order (the Tab order), placed over the canvas. */
export function MapMarkers({ items, transform: { k, x, y }, selectedId, onSelect, onOpenCluster }: Props) {
  const { categories } = useDatasetIndex()
  return (
    <div className="pointer-events-none absolute inset-0">
      {items.map((item) => {
        const left = item.wx * k + x
        const top = item.wy * k + y
        if (item.kind === 'cluster') {
          const size = Math.round(26 + 8 * Math.log10(item.count))
          return (
            <button
              key={item.key}
              type="button"
              data-cluster=""
              aria-label={`${item.count.toLocaleString('en-GB')} events: zoom to them`}
              onClick={() => onOpenCluster(item)}
              style={{ width: size, height: size, transform: `translate(${left - size / 2}px, ${top - size / 2}px)` }}
              className={`map-marker pointer-events-auto absolute top-0 left-0 flex items-center justify-center rounded-full border-2 border-white bg-slate-800 text-xs font-semibold text-white shadow dark:border-slate-900 dark:bg-slate-200 dark:text-slate-900 ${item.dimmed ? 'opacity-40' : ''} ${focusRing}`}
            >
              {abbreviate(item.count)}
            </button>
          )
        }
        const selected = item.event.id === selectedId
        const size = selected ? SELECTED_SIZE : EVENT_SIZE
        const hit = Math.max(HIT_SIZE, size)
        return (
          <button
            key={item.key}
            type="button"
            aria-label={`${item.event.title}, ${placeName(item.event)}`}
            aria-pressed={selected}
            title={`${item.event.title} · ${placeName(item.event)}`}
            onClick={() => onSelect(item.event)}
            style={{ width: hit, height: hit, transform: `translate(${left + item.dx - hit / 2}px, ${top + item.dy - hit / 2}px)` }}
            className={`map-marker group pointer-events-auto absolute top-0 left-0 flex items-center justify-center rounded-full ${selected ? 'z-10' : ''} ${focusRing}`}
          >
            <span
              aria-hidden="true"
              style={{ width: size, height: size, backgroundColor: markerColour(categories, item.event) }}
              className={`block rounded-full border-2 shadow group-hover:scale-125 ${
                selected ? 'border-slate-950 ring-2 ring-white dark:border-white dark:ring-slate-950' : 'border-white dark:border-slate-900'
              } ${item.dimmed && !selected ? 'opacity-35' : ''}`}
            />
          </button>
        )
      })}
    </div>
  )
}
