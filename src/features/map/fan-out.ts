/**
 * Screen offsets for `count` markers at one point (events at the same named place share a point), so
 * each stays a target of its own: the first in the middle, then a ring, then a widening spiral.
 */
export function fanOut(count: number, spacing = 16): [number, number][] {
  if (count <= 1) return [[0, 0]]
  if (count <= 7) {
    const radius = spacing
    return Array.from({ length: count }, (_, i): [number, number] => {
      if (i === 0) return [0, 0]
      const angle = (2 * Math.PI * (i - 1)) / (count - 1) - Math.PI / 2
      return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]
    })
  }
  // The golden angle spreads a spiral evenly; the radius grows with the square root so density is even.
  const golden = Math.PI * (3 - Math.sqrt(5))
  return Array.from({ length: count }, (_, i): [number, number] => {
    const radius = spacing * 0.9 * Math.sqrt(i)
    return [Math.round(radius * Math.cos(i * golden)), Math.round(radius * Math.sin(i * golden))]
  })
}
