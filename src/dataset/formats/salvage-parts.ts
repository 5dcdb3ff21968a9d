import type { z } from 'zod'
import type { Problem } from '../problems'
import { checkActor, checkStory, type StoryRefs } from '../integrity'
import { actor, categoryDefinition, era, meta, source, story, type Actor, type CategoryDefinition, type DatasetMeta, type Era, type Source } from '../schema'
import type { Story } from '../story-schema'
import { issueProblems } from '../validate'
import { isRecord, PARSE_OPTIONS } from './zod-problems'

type Salvaged<T> = { value: T; problems: Problem[] }

/** The meta block, each broken field replaced by its fallback. */
export function salvageMeta(raw: unknown, fallback: DatasetMeta): Salvaged<DatasetMeta> {
  const whole = meta.safeParse(raw, PARSE_OPTIONS)
  if (whole.success) return { value: whole.data, problems: [] }
  const record = isRecord(raw) ? raw : {}
  const value: Record<string, unknown> = { ...fallback }
  for (const key of Object.keys(meta.shape) as (keyof DatasetMeta)[]) {
    const field = meta.shape[key].safeParse(record[key])
    if (field.success && field.data !== undefined) value[key] = field.data
  }
  return { value: value as DatasetMeta, problems: issueProblems(whole.error, '$.meta') }
}

/** Valid items of a list with unique ids; the rest reported under `$.<name>[i]`. */
function salvageList<T extends { id: string }>(
  raw: unknown,
  name: string,
  schema: z.ZodType<T>,
  extraCheck: (item: T) => Problem[] = () => [],
): Salvaged<T[]> {
  if (!Array.isArray(raw)) return { value: [], problems: [{ path: `$.${name}`, message: 'Expected a list; none are used' }] }
  const value: T[] = []
  const problems: Problem[] = []
  const ids = new Set<string>()
  raw.forEach((item, i) => {
    const at = `$.${name}[${i}]`
    const parsed = schema.safeParse(item, PARSE_OPTIONS)
    if (!parsed.success) return void problems.push(...issueProblems(parsed.error, at))
    const extra = extraCheck(parsed.data).map((p) => ({ ...p, path: at + p.path.slice(1) }))
    if (extra.length) return void problems.push(...extra)
    if (ids.has(parsed.data.id)) return void problems.push({ path: `${at}.id`, message: `Duplicate id "${parsed.data.id}"; the first one is kept` })
    ids.add(parsed.data.id)
    value.push(parsed.data)
  })
  return { value, problems }
}

export const salvageCategories = (raw: unknown): Salvaged<CategoryDefinition[]> => salvageList(raw, 'categories', categoryDefinition)

/** Eras have no ids: each valid one is kept. */
export function salvageEras(raw: unknown): Salvaged<Era[]> {
  if (!Array.isArray(raw)) return { value: [], problems: [{ path: '$.eras', message: 'Expected a list; none are used' }] }
  const value: Era[] = []
  const problems: Problem[] = []
  raw.forEach((item, i) => {
    const parsed = era.safeParse(item, PARSE_OPTIONS)
    if (parsed.success) value.push(parsed.data)
    else problems.push(...issueProblems(parsed.error, `$.eras[${i}]`))
  })
  return { value, problems }
}

export const salvageActors = (raw: unknown): Salvaged<Actor[]> => salvageList(raw, 'actors', actor, checkActor)
export const salvageSources = (raw: unknown): Salvaged<Source[]> => salvageList(raw, 'sources', source)

/** Stories whose citations and views name only what was kept; a dataset without any has none. */
export const salvageStories = (raw: unknown, refs: StoryRefs): Salvaged<Story[]> =>
  raw === undefined ? { value: [], problems: [] } : salvageList(raw, 'stories', story, (item) => checkStory(item, refs))
