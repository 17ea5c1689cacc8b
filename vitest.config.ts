import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/backend/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    testTimeout: 20000,
    hookTimeout: 20000,
  },
});
