import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach } from 'vitest'

afterEach(cleanup)

// CI's verdict must depend on the code alone: there the property tests draw from one fixed seed.
// Elsewhere each run draws new cases, and a failure prints the seed and path that replay it.
if (process.env.CI) fc.configureGlobal({ seed: 20_261_203 })
