/**
 * Fixed-size bitsets over event positions. Filtering 100,000 events becomes a few thousand
 * word-wide ANDs, and a facet count one AND plus popcount per word.
 */
export type Bitset = Uint32Array

export function emptyBits(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32))
}

export function fullBits(size: number): Bitset {
  const bits = emptyBits(size)
  bits.fill(0xffffffff)
  const spare = bits.length * 32 - size
  if (spare > 0) bits[bits.length - 1] = 0xffffffff >>> spare
  return bits
}

export function setBit(bits: Bitset, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31))
}

export function hasBit(bits: Bitset, i: number): boolean {
  return ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0
}

export function andInto(target: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) & (other[w] ?? 0)
  return target
}

export function orInto(target: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) | (other[w] ?? 0)
  return target
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}

export function countBits(bits: Bitset): number {
  let count = 0
  for (const word of bits) if (word) count += popcount(word)
  return count
}

/** |a ∧ b| without allocating. */
export function countAnd(a: Bitset, b: Bitset): number {
  let count = 0
  for (let w = 0; w < a.length; w++) {
    const x = (a[w] ?? 0) & (b[w] ?? 0)
    if (x) count += popcount(x)
  }
  return count
}

/** Calls `visit` with each set position (of `bits ∧ mask`, given a mask), in ascending order, allocating nothing. */
export function forEachBit(bits: Bitset, visit: (i: number) => void, mask?: Bitset): void {
  for (let w = 0; w < bits.length; w++) {
    let word = mask ? (bits[w] ?? 0) & (mask[w] ?? 0) : (bits[w] ?? 0)
    while (word) {
      const low = word & -word
      visit(w * 32 + 31 - Math.clz32(low))
      word ^= low
    }
  }
}
