/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // ESM-only packages (jose 6, content-disposition, quick-lru, mercurius's dynamic import): compile it (and our TypeScript) to CommonJS with swc.
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: ['/node_modules/(?!(jose|content-disposition|quick-lru|mercurius)/)'],
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/data/'],
  testTimeout: 120000,
  maxWorkers: 2,
};
