import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect-format'

describe('detectFormat', () => {
  it.each<[string, string, string | undefined, string]>([
    ['JSON saved as .csv is JSON: content comes first', '{"meta":{},"events":[]}', 'x.csv', 'app'],
    ['a CSV saved as .json is CSV', 'id,title,start\n', 'x.json', 'csv'],
    ['text that only looks like JSON, named .csv, stays CSV', '{"meta": ', 'x.csv', 'csv'],
    ['an empty file is left to the app loader, which says it is empty', '\uFEFF  \n', 'x.csv', 'app'],
    ['a .tsv name is CSV', 'title\tstart', 'x.TSV', 'csv'],
    ['app JSON by its meta', '{"meta":{},"events":[]}', 'x.json', 'app'],
    ['TimelineJS by start_date', '{"events":[{"start_date":{"year":2025}}]}', 'x.json', 'timelinejs'],
    ['TimelineJS without a name', '\uFEFF  {"title":{"text":{}},"events":[{"start_date":{}}]}', undefined, 'timelinejs'],
    ['broken JSON is left to the app loader', '{"meta": ', 'x.json', 'app'],
    ['CSV without a name', 'id,title,start\n', undefined, 'csv'],
    ['unknown extension, CSV content', 'title,start', 'export.txt', 'csv'],
    ['ACLED by its header', 'event_id_cnty,event_date,year,time_precision,event_type,country\n', 'export.csv', 'acled'],
    ['ACLED by a quoted, semicolon header saved as .txt', '"event_id_cnty";"event_date";"event_type"\r\n', 'export.txt', 'acled'],
    ['a CSV naming only some ACLED columns is the app CSV', 'id,event_date,event_type\n', 'x.csv', 'csv'],
  ])('%s', (_name, text, fileName, expected) => {
    expect(detectFormat(text, fileName)).toBe(expected)
  })
})
