import { defineConfig } from 'vitest/config';

const integration = (dialect: 'pglite' | 'postgresql') => ({
  test: {
    name: `integration-${dialect}`,
    include: ['src/**/*.int.test.ts'],
    env: { TEST_DB_DIALECT: dialect },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// PostgreSQL runs when TEST_DATABASE_URL names a server (CI and .ci/run set it).
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'] } },
      integration('pglite'),
      ...(withPostgres ? [integration('postgresql')] : []),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
