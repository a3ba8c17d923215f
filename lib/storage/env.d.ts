// Build-time flag (wxt.config.ts `define`): true only in the E2E test build, which adds lib/storage/test-hooks.ts.
interface ImportMetaEnv {
  readonly JOBRETTET_TEST: boolean | undefined; // undefined in Vitest (no wxt define)
}
