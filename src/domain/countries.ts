import { regionName } from '../dataset/regions'

export function countryName(code: string): string {
  return regionName(code) ?? code
}
