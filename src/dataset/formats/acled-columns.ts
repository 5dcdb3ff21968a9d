/**
 * The 31 columns of an ACLED export, in ACLED's order, as its API and website downloads write them
 * since the column changes of 20 March 2023 (disorder_type, civilian_targeting and tags added;
 * event_id_no_cnty, data_id and iso3 removed). Read from:
 * - ACLED, "Guide to 2023 ACLED column changes" (acleddata.com/knowledge-base/guide-to-2023-acled-column-changes);
 * - the column list in the tests of ACLED's own R package acledR (github.com/dtacled/acledR,
 *   tests/testthat/setup-acled_api.R) and its codebook data (R/data.R);
 * - the codebook's precision codes as quoted in mapme.biodiversity's calc_fatalities_acled.R:
 *   time_precision 1 = the source gives the actual date; 2 = the event happened sometime during a week or
 *   a similar few days; 3 = only the month is known, and ACLED codes the month's mid-point.
 *   geo_precision 1 = a particular town, with its coordinates; 2 = a small part of a region, or near a
 *   town, coded to a town representing that area; 3 = a larger region, the closest natural location
 *   ("border area", "forest", "sea"), or a provincial capital when nothing else is known.
 * `used` says what the importer does with each (README's ACLED table is generated from this list).
 */
export const ACLED_COLUMNS = [
  { name: 'event_id_cnty', used: 'The event id, as a slug (`UKR12345` -> `ukr12345`); also names its source, "ACLED event UKR12345".' },
  { name: 'event_date', used: 'The date: `2023-01-31`, `31 January 2023` or `31-January-2023`.' },
  { name: 'year', used: 'Not read (event_date has it).' },
  { name: 'time_precision', used: '1 -> day precision; 2 -> week precision (the Monday of the coded date’s week); 3 -> month precision. For 2 and 3 the date note gives the date ACLED coded.' },
  { name: 'disorder_type', used: 'Not read.' },
  { name: 'event_type', used: 'The category (each type becomes one, e.g. `Battles`).' },
  { name: 'sub_event_type', used: 'The subcategory, and the title: "Armed clash in Bakhmut".' },
  { name: 'actor1', used: 'An actor; its role is the actor type from `inter1`.' },
  { name: 'assoc_actor_1', used: 'Actors, separated by `;`, role "Associated with <actor1>".' },
  { name: 'inter1', used: 'The role of actor1: ACLED’s actor type (a name, or its code 1–8).' },
  { name: 'actor2', used: 'An actor; its role is the actor type from `inter2`.' },
  { name: 'assoc_actor_2', used: 'Actors, separated by `;`, role "Associated with <actor2>".' },
  { name: 'inter2', used: 'The role of actor2, as inter1.' },
  { name: 'interaction', used: 'Not read.' },
  { name: 'civilian_targeting', used: 'Not read.' },
  { name: 'iso', used: 'The country’s ISO 3166-1 numeric code, turned into its alpha-2 code.' },
  { name: 'region', used: 'Not read.' },
  { name: 'country', used: 'The country, by name when `iso` gives none; a name with no ISO code is listed, and its events kept without a country.' },
  { name: 'admin1', used: 'Added to the location: "Bakhmut, Donetsk".' },
  { name: 'admin2', used: 'Added to the location only to tell apart two places of one name.' },
  { name: 'admin3', used: 'Not read.' },
  { name: 'location', used: 'The location.' },
  { name: 'latitude', used: 'The place’s latitude (WGS 84).' },
  { name: 'longitude', used: 'The place’s longitude.' },
  { name: 'geo_precision', used: 'The place’s precision: 1 and 2 -> `city`, 3 -> `country` (a region at best).' },
  { name: 'source', used: 'The publishers ACLED coded the event from, in the source’s note.' },
  { name: 'source_scale', used: 'Added to the source’s note.' },
  { name: 'notes', used: 'The summary.' },
  { name: 'fatalities', used: 'The reported fatalities.' },
  { name: 'tags', used: 'Not read.' },
  { name: 'timestamp', used: 'The date of the source (when ACLED last changed the record); event_date when empty.' },
] as const

export type AcledColumn = (typeof ACLED_COLUMNS)[number]['name']
/** A row's cells, and where each ACLED column is among them (a column the export lacks is nowhere). */
export type AcledRow = { cells: readonly string[]; at: ReadonlyMap<AcledColumn, number> }

export const ACLED_COLUMN_NAMES: readonly AcledColumn[] = ACLED_COLUMNS.map((c) => c.name)

/** Without these the rows cannot be events; the rest may be missing (older or trimmed exports). */
export const ACLED_REQUIRED: readonly AcledColumn[] = ['event_id_cnty', 'event_date', 'event_type', 'country', 'location']

/** An ACLED export names these columns, and no other format this app reads does. */
const SIGNATURE = ['event_id_cnty', 'event_date', 'event_type']

/** True when a header line (any of the CSV separators) names ACLED's columns. */
export function isAcledHeader(line: string): boolean {
  const names = new Set(line.split(/[,;\t|]/).map((name) => name.trim().replace(/^"|"$/g, '').trim().toLowerCase()))
  return SIGNATURE.every((name) => names.has(name))
}

/** Markdown table of the columns, for the README. */
export function acledColumnsMarkdown(): string {
  return ['| ACLED column | what the importer does |', '| --- | --- |', ...ACLED_COLUMNS.map((c) => `| \`${c.name}\` | ${c.used} |`)].join('\n')
}
