import { z } from 'zod/mini';

/**
 * Turns off zod 4's JIT, which compiles object parsers with the Function constructor (eval). Extension pages
 * and content scripts must not evaluate strings as code. Import this first in every entrypoint that uses zod:
 * each object schema decides at creation whether to compile, so the setting must come before any schema exists.
 */
z.config({ jitless: true });
