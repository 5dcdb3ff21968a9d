import * as vis from 'vis-timeline/esnext'

/**
 * A prototype of one of vis's classes, which it exports on `timeline.components` without declaring
 * them; the caller names the parts it relies on and checks them before patching.
 */
export function visPrototype<P extends object>(...path: readonly string[]): Partial<P> | undefined {
  let at: unknown = (vis as unknown as { timeline?: { components?: unknown } }).timeline?.components
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined
  const prototype: unknown = typeof at === 'function' ? (at as { prototype?: unknown }).prototype : undefined
  return typeof prototype === 'object' && prototype !== null ? (prototype as Partial<P>) : undefined
}
