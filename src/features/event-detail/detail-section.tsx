import type { ReactNode } from 'react'

export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 dark:text-slate-400 uppercase">{title}</h3>
      {children}
    </section>
  )
}
