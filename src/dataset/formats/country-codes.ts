import countries from 'i18n-iso-countries'
import english from 'i18n-iso-countries/langs/en.json'
import { normaliseText } from '../normalise-text'

countries.registerLocale(english)

/**
 * ACLED's spellings that the i18n-iso-countries English names lack (checked against its 7.14 data): ACLED
 * drops "the" from the Congos and writes the short names of Syria, Laos and others. The codes are
 * ISO 3166-1's; everything else comes from the maintained package.
 */
const ACLED_NAMES: Record<string, string> = {
  'Democratic Republic of Congo': 'CD',
  'Republic of Congo': 'CG',
  Syria: 'SY',
  Laos: 'LA',
  Micronesia: 'FM',
  'East Timor': 'TL',
  'Vatican City': 'VA',
  'Caribbean Netherlands': 'BQ',
  'Saint-Barthelemy': 'BL',
  'Saint-Martin': 'MF',
  'Bailiwick of Guernsey': 'GG',
  'Bailiwick of Jersey': 'JE',
  'Falkland Islands': 'FK',
  'Cote dIvoire': 'CI',
  'Sint Maarten': 'SX',
}

let byName: Map<string, string> | undefined

/** Every English name and alias of every code, once: a name that two codes share (bare "Congo") is left out. */
function names(): Map<string, string> {
  if (byName) return byName
  const map = new Map<string, string>()
  const shared = new Set<string>()
  for (const [code, list] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of list) {
      const key = normaliseText(name)
      if (map.has(key) && map.get(key) !== code) shared.add(key)
      map.set(key, code)
    }
  }
  for (const key of shared) map.delete(key)
  for (const [name, code] of Object.entries(ACLED_NAMES)) map.set(normaliseText(name), code)
  byName = map
  return map
}

/**
 * The ISO 3166-1 alpha-2 code of a country: by its numeric ISO code when one is given (ACLED's `iso`
 * column), else by its English name, case- and accent-insensitive. Undefined when neither is known.
 */
export function countryCode(name: string, numeric?: string): string | undefined {
  const number = numeric?.trim()
  if (number && /^\d{1,3}$/.test(number) && Number(number) > 0) {
    const code = countries.numericToAlpha2(number.padStart(3, '0'))
    if (code) return code
  }
  return names().get(normaliseText(name))
}
