/*
 * The soak's unit tests (its pure parts: the exactly-once reconciliation, the latency figures),
 * with the transform Backstage's own jest config uses for TypeScript:
 *   ./scripts/yarn.sh test:soak
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  transform: {
    '\\.ts$': [
      require.resolve(
        '@backstage/cli-module-test-jest/config/jestSwcTransform',
      ),
      { jsc: { parser: { syntax: 'typescript' } } },
    ],
  },
};
