import { z } from 'zod'

/**
 * The built page's Content-Security-Policy forbids eval. zod would probe `new Function` to compile
 * fast parsers; under the CSP that probe fails and is reported as a violation. In a browser we
 * switch the compiler off everywhere, so dev and production parse the same way.
 */
if (typeof document !== 'undefined') z.config({ jitless: true })
