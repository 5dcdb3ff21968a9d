import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useActions, useThemeChoice } from '../state/store/hooks'
import { THEME_CHOICES, type ThemeChoice } from '../state/store/theme-slice'
import { Button } from '../ui/button'
import { focusRing } from '../ui/focus-ring'
import { CopyLinkStatus, useCopyLink } from './copy-link-button'

export type HeaderTool = 'open' | 'export'

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' }
const ITEM = `flex w-full items-center gap-2 rounded px-3 py-2 text-left text-sm text-slate-900 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800 ${focusRing}`

/**
 * The header's actions as one menu, for a phone (the WAI-ARIA menu button pattern): ↑ ↓ Home End
 * move between items, Enter or Space picks one, Escape or Tab closes, and focus returns to the button.
 */
export function HeaderMenu({ onOpenTool }: { onOpenTool: (tool: HeaderTool) => void }) {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuId = useId()
  const theme = useThemeChoice()
  const { setTheme } = useActions()
  const { status, copy } = useCopyLink()

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])
  const close = (refocus = true) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    items()[0]?.focus()
    // A press anywhere outside the menu closes it, leaving focus where the press put it.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items()
    const at = all.indexOf(document.activeElement as HTMLElement)
    const moveTo = (i: number) => all[(i + all.length) % all.length]?.focus()
    if (event.key === 'ArrowDown') moveTo(at + 1)
    else if (event.key === 'ArrowUp') moveTo(at - 1)
    else if (event.key === 'Home') moveTo(0)
    else if (event.key === 'End') moveTo(all.length - 1)
    else if (event.key === 'Escape') close()
    else if (event.key === 'Tab') return close(false)
    else return
    event.preventDefault()
  }

  const pick = (action: () => void) => {
    close()
    action()
  }

  return (
    <div className="relative flex items-center gap-2">
      <CopyLinkStatus status={status} />
      <Button
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
          event.preventDefault()
          setOpen(true)
        }}
      >
        Menu
      </Button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Menu"
          onKeyDown={onMenuKeyDown}
          className="absolute top-full right-0 z-30 mt-1 flex w-56 flex-col gap-0.5 rounded-lg border border-slate-300 bg-white p-1 shadow-xl dark:border-slate-600 dark:bg-slate-900"
        >
          <button type="button" role="menuitem" tabIndex={-1} aria-haspopup="dialog" className={ITEM} onClick={() => pick(() => onOpenTool('open'))}>
            Open data…
          </button>
          <button type="button" role="menuitem" tabIndex={-1} aria-haspopup="dialog" className={ITEM} onClick={() => pick(() => onOpenTool('export'))}>
            Export & cite…
          </button>
          <button type="button" role="menuitem" tabIndex={-1} className={ITEM} onClick={() => pick(() => void copy())}>
            Copy link
          </button>
          <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
          <div role="group" aria-label="Theme" className="flex flex-col gap-0.5">
            {THEME_CHOICES.map((choice) => (
              <button
                key={choice}
                type="button"
                role="menuitemradio"
                aria-checked={theme === choice}
                tabIndex={-1}
                className={ITEM}
                onClick={() => pick(() => setTheme(choice))}
              >
                <span aria-hidden="true" className="w-4">
                  {theme === choice ? '✓' : ''}
                </span>
                {THEME_LABELS[choice]}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  )
}
