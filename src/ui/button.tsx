import type { ComponentProps } from 'react'
import { focusRing } from './focus-ring'

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger' | 'link'
export type ButtonSize = 'sm' | 'md'

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'rounded-md bg-slate-900 font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300',
  secondary:
    'rounded-md border border-slate-400 bg-white font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  // Takes the colour of the text around it, so it reads in notices of any tone.
  quiet: 'rounded-md font-medium hover:bg-slate-950/10 dark:hover:bg-white/15',
  danger: 'rounded-md bg-red-800 font-medium text-white hover:bg-red-900 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200',
  link: 'rounded-sm font-medium text-blue-800 underline dark:text-blue-300',
}

const SIZES: Record<ButtonSize, string> = { sm: 'px-2 py-1 text-sm', md: 'min-h-9 px-3 py-1.5 text-sm' }

/** The classes of a button, for the rare element that must look like one without being a <button>. */
export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'md', extra = ''): string {
  const sized = variant === 'link' ? '' : SIZES[size]
  return `${VARIANTS[variant]} ${sized} ${focusRing} disabled:cursor-not-allowed disabled:opacity-50 ${extra}`.trim()
}

/** ComponentProps: in React 19 a ref is a prop, and it reaches the <button>. */
type Props = ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize }

/** A button in one of the app's few looks. `type` defaults to "button": nothing here submits by accident. */
export function Button({ variant, size, className, type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />
}
