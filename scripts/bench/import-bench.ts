/**
 * Import and text-function timings, in Node: no build, no browser. Run by `npm run bench` after the
 * browser table, or alone with `npm run bench -- --import-only` (add `--smoke` for small sizes).
 *
 * Imports: 100,000 rows of the app's CSV (written by its own CSV export), of TimelineJS JSON, and of
 * ACLED's CSV layout; and a 10,000-row ACLED export, which must open in at most 2 s (issue 14): its
 * figure says whether it did. Each import is the whole of importDataset (reading, checking every row,
 * validating the result), as the import worker runs it. Text functions: each on a megabyte of its worst-case input (html-to-text, slugging, problem
 * text, the CSV list and line-end rules, the unpacker's strings).
 */
import fc from 'fast-check'
import Papa from 'papaparse'
import { splitList, normaliseLineEndings } from '../../src/dataset/formats/csv-text.ts'
import { ACLED_COLUMN_NAMES } from '../../src/dataset/formats/acled-columns.ts'
import { htmlToText } from '../../src/dataset/formats/html-to-text.ts'
import { oldGeneration } from '../../src/dataset/formats/event-transport.ts'
import { importDataset } from '../../src/dataset/formats/import-dataset.ts'
import { slugify } from '../../src/dataset/formats/slugify.ts'
import { clipText, DatasetError, formatProblem, jsonPath } from '../../src/dataset/problems.ts'
import { HOSTILE_FORMATS } from '../../src/test/hostile/hostile-files.ts'
import type { Dataset } from '../../src/dataset/schema.ts'
import { eventsToCsv } from '../../src/domain/export/to-csv.ts'
import { generateDataset } from './generate.ts'
import { createRandom } from './prng.ts'
import { percentile } from './stats.ts'

export type ImportFigure = { input: string; size: string; medianMs: number; runs: number; result: string }

/** ACLED's export columns, in its order: the importer's own list. */
export const ACLED_COLUMNS = ACLED_COLUMN_NAMES

/** A 10,000-row ACLED export opens within this (issue 14). */
export const ACLED_10K_BUDGET_MS = 2000

const ACLED_KINDS = [
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Political violence', 'Battles', 'Armed clash'],
  ['Demonstrations', 'Protests', 'Peaceful protest'],
  ['Strategic developments', 'Strategic developments', 'Agreement'],
] as const
const ACLED_PLACES = [
  ['Kharkiv', 'Kharkivskyi', 'Kharkivska', 'Kharkiv', 49.9935, 36.2304],
  ['Donetsk', 'Pokrovskyi', 'Pokrovska', 'Pokrovsk', 48.2819, 37.1758],
  ['Zaporizhia', 'Zaporizkyi', 'Zaporizka', 'Zaporizhzhia', 47.8388, 35.1396],
  ['Kyiv City', '', '', 'Kyiv', 50.4501, 30.5234],
  ['Sumy', 'Sumskyi', 'Sumska', 'Sumy', 50.9077, 34.7981],
] as const

/** Rows in ACLED's layout, with its quoting: notes hold commas and quotes, sources hold `;`. */
export function acledCsv(rows: number, seed: number): string {
  const random = createRandom(seed)
  const data = Array.from({ length: rows }, (_, i) => {
    const [disorder, type, subType] = random.pick(ACLED_KINDS)
    const [admin1, admin2, admin3, location, lat, lon] = random.pick(ACLED_PLACES)
    const day = Date.UTC(2022, 1, 24) + random.int(0, 1100) * 86_400_000
    const date = new Date(day).toISOString().slice(0, 10)
    const fatalities = random.chance(0.7) ? 0 : random.int(1, 40)
    return [
      `UKR${100_000 + i}`, date, date.slice(0, 4), random.int(1, 3), disorder, type, subType, 'Military Forces of Russia (2022-)', '', 'State forces',
      random.chance(0.6) ? 'Civilians (Ukraine)' : 'Military Forces of Ukraine (2019-)', '', random.chance(0.6) ? 'Civilians' : 'State forces',
      'State forces-Civilians', random.chance(0.5) ? 'Civilian targeting' : '', 804, 'Europe', 'Ukraine', admin1, admin2, admin3, location,
      (lat + random.normal() * 0.01).toFixed(4), (lon + random.normal() * 0.01).toFixed(4), random.int(1, 3), 'Ukrinform; Suspilne Media; "Ukrainska Pravda"',
      'National', `On ${date}, Russian forces shelled ${location}, ${admin1}. ${fatalities ? `${fatalities} killed, "per local authorities".` : '[size=no report]'}`,
      fatalities, fatalities ? 'casualties=local administrators' : '', Math.floor(day / 1000) + 86_400 * 7,
    ]
  })
  return Papa.unparse({ fields: [...ACLED_COLUMNS], data }, { newline: '\r\n' })
}

/** The generated dataset as a TimelineJS3 file: one slide per event, HTML text, media credit as the source. */
export function timelineJsText(dataset: Dataset): string {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const parts = (iso: string) => ({ year: iso.slice(0, 4), month: String(Number(iso.slice(5, 7))), day: String(Number(iso.slice(8, 10))) })
  const events = dataset.events.map((event) => {
    const source = sources.get(event.sources[0]?.source ?? '')
    const start = parts(event.start)
    return {
      unique_id: event.id,
      start_date: event.precision === 'month' ? { year: start.year, month: start.month } : start,
      ...(event.end ? { end_date: parts(event.end) } : {}),
      text: { headline: event.title, text: `<p>${event.summary}</p><p><em>${event.location ?? ''}</em></p>` },
      group: event.category,
      ...(source ? { media: { url: source.url ?? '', credit: `<a href="${source.url ?? ''}">${source.publisher}</a>`, caption: source.title } } : {}),
    }
  })
  return JSON.stringify({ title: { text: { headline: dataset.meta.title, text: `<p>${dataset.meta.description}</p>` } }, events })
}

function timed<T>(runs: number, work: () => T): { medianMs: number; value: T } {
  const times: number[] = []
  let value = work()
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    value = work()
    times.push(performance.now() - started)
  }
  return { medianMs: percentile(times, 50), value }
}

const count = (n: number) => n.toLocaleString('en-GB')

export function runImportBench(options: { rows: number; textBytes: number; runs: number; seed: number; log: (message: string) => void }): ImportFigure[] {
  const { rows, textBytes, runs, seed, log } = options
  const figures: ImportFigure[] = []
  const add = (input: string, size: string, work: () => string) => {
    log(`import bench: ${input}`)
    const { medianMs, value } = timed(runs, work)
    figures.push({ input, size, medianMs, runs, result: value })
  }
  const imported = (text: string, name: string) => () => {
    const { dataset, problems } = importDataset(text, name, { today: '2026-11-28' })
    return `${count(dataset.events.length)} events, ${count(problems.length)} problems`
  }

  const dataset = generateDataset(rows, seed).dataset
  const csv = eventsToCsv(dataset, dataset.events)
  add('app CSV import', `${count(rows)} rows, ${(csv.length / 1e6).toFixed(1)} MB`, imported(csv, 'bench.csv'))
  // Row ends (CRLF before an id and its comma) turned into LF or CR, one in three each.
  let changed = 0
  const mixed = csv.replace(/\r\n(?=[a-z0-9-]+,)/g, (end, at: number) => (at % 3 === 2 ? end : (changed++, at % 3 === 0 ? '\r' : '\n')))
  add('app CSV import, mixed line ends', `${count(rows)} rows, ${count(changed)} ends changed`, imported(mixed, 'bench.csv'))
  const timeline = timelineJsText(dataset)
  add('TimelineJS import', `${count(rows)} slides, ${(timeline.length / 1e6).toFixed(1)} MB`, imported(timeline, 'bench.json'))
  const acled = acledCsv(rows, seed)
  add('ACLED CSV import', `${count(rows)} rows, ${(acled.length / 1e6).toFixed(1)} MB`, imported(acled, 'acled.csv'))
  const acled10k = acledCsv(10_000, seed)
  add('ACLED CSV import, 10,000 rows', `10,000 rows, ${(acled10k.length / 1e6).toFixed(1)} MB`, imported(acled10k, 'acled.csv'))
  const last = figures.at(-1)
  if (last) last.result += `; budget ${ACLED_10K_BUDGET_MS / 1000} s: ${last.medianMs <= ACLED_10K_BUDGET_MS ? 'met' : 'MISSED'}`

  const mb = `${(textBytes / 1e6).toFixed(1)} MB`
  const text = (input: string, value: string, work: (value: string) => string) => add(input, mb, () => `${count(work(value).length)} characters out`)
  text('htmlToText, unclosed "<a"', '<a'.repeat(textBytes / 2), htmlToText)
  text('htmlToText, unclosed comments', '<!--'.repeat(textBytes / 4), htmlToText)
  text('htmlToText, unclosed script', `ok<script>${'x'.repeat(textBytes)}`, htmlToText)
  text('htmlToText, entity starts', '&#x1'.repeat(textBytes / 4), htmlToText)
  text('slugify, letters and separators', 'a-'.repeat(textBytes / 2), (v) => slugify(v))
  text('slugify, combining marks', `e${'\u0301'.repeat(textBytes)}`, (v) => slugify(v))
  text('problem text, one long key', 'k'.repeat(textBytes), (v) => formatProblem({ path: jsonPath(['events', 0, v]), message: clipText(`Unknown field "${v}"`) }))
  text('CSV list, separators and quotes', '"a""";'.repeat(textBytes / 6), (v) => splitList(v).join(';'))
  // The page's share of an import: strings keyed to move them to the old generation (event-transport).
  const pieces = (value: string, size: number) => Array.from({ length: Math.ceil(value.length / size) }, (_, i) => value.slice(i * size, (i + 1) * size))
  const numbered = (size: number) => Array.from({ length: textBytes / size }, (_, i) => String(i).padStart(size, 'x')).join('')
  text('unpacked strings, 1,000 characters alike but the end', numbered(1000), (v) => oldGeneration(pieces(v, 1000)).join(''))
  text('unpacked strings, 8 characters each', numbered(8), (v) => oldGeneration(pieces(v, 8)).join(''))
  text('CSV line ends, stray quotes', `${'" \r'.repeat(textBytes / 3)}`, (v) => normaliseLineEndings(v, ','))
  return figures
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`)

export function printImportTable(figures: readonly ImportFigure[]): void {
  const lines = ['| input | size | median | result |', '| --- | --- | ---: | --- |']
  for (const f of figures) lines.push(`| ${f.input} | ${f.size} | ${fmtMs(f.medianMs)} | ${f.result} |`)
  console.log(lines.join('\n'))
}

/**
 * The importers' work bound, which every hostile file must keep to: 50 ms, plus 1 ms per kilobyte,
 * five times what a plain 100,000-row CSV costs per kilobyte. A quadratic step on a 100 kB piece
 * (the old tag regex took 13.6 s on 300 kB) is far outside it.
 */
export const fuzzBoundMs = (bytes: number) => 50 + bytes / 1000

export type FuzzFigure = { format: string; files: number; worstMs: number; worstBytes: number; worstRatio: number; met: boolean }

/**
 * The fuzz test's hostile files (src/test/hostile/hostile-files.ts), `samples` per format, each
 * imported and timed against fuzzBoundMs (a file past half its bound is timed 3 times, the quickest
 * counting). The test asserts how each import ends; this, its time.
 */
export function runFuzzBench(options: { samples: number; seed: number; log: (message: string) => void }): FuzzFigure[] {
  return HOSTILE_FORMATS.map(([format, files, names]) => {
    options.log(`fuzz bench: ${format}`)
    const figure: FuzzFigure = { format, files: 0, worstMs: 0, worstBytes: 0, worstRatio: 0, met: true }
    fc.sample(files, { numRuns: options.samples, seed: options.seed }).forEach((file, i) => {
      const timeImport = () => {
        const started = performance.now()
        try {
          importDataset(file, names[i % names.length], { today: '2026-11-28' })
        } catch (error) {
          if (!(error instanceof DatasetError)) throw error
        }
        return performance.now() - started
      }
      // One garbage collection can take 50 ms, a small file's whole bound: a file past half its bound
      // is timed twice more and the quickest time counts. Work that grows too fast is slow every time.
      let ms = timeImport()
      if (ms > fuzzBoundMs(file.length) / 2) ms = Math.min(ms, timeImport(), timeImport())
      const ratio = ms / fuzzBoundMs(file.length)
      figure.files++
      if (ratio > figure.worstRatio) Object.assign(figure, { worstMs: ms, worstBytes: file.length, worstRatio: ratio })
    })
    figure.met = figure.worstRatio <= 1
    return figure
  })
}

export function printFuzzTable(figures: readonly FuzzFigure[]): void {
  const lines = [
    '| hostile files | imported | nearest the bound (quickest of 3 past half the bound) | bound (50 ms + 1 ms/kB) | verdict |',
    '| --- | ---: | --- | ---: | --- |',
  ]
  for (const f of figures) {
    const kB = (f.worstBytes / 1000).toFixed(1)
    lines.push(`| ${f.format} | ${count(f.files)} | ${fmtMs(f.worstMs)} for ${kB} kB | ${fmtMs(fuzzBoundMs(f.worstBytes))} | ${f.met ? 'within' : 'OVER'} |`)
  }
  console.log(lines.join('\n'))
}
