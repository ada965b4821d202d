import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests read the embedded data relative to the repository root.
    root: '.',
  },
});
