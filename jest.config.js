/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // jose 6 ships ESM only: compile it (and our TypeScript) to CommonJS with swc.
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/data/'],
  testTimeout: 120000,
  maxWorkers: 2,
};
