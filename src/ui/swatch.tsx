/** A category's colour beside its name: decorative, since the name always says it too. */
export function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-3 shrink-0 rounded-full border border-slate-900/30 dark:border-white/40"
      style={{ backgroundColor: colour }}
    />
  )
}
