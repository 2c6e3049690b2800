import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests run a few hundred cases; keep the whole suite well inside CI's minutes.
    testTimeout: 20_000,
  },
});
