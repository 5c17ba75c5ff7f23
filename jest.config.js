// One jest run, three projects: unit (pure logic), component (a service through HTTP), integration (real servers).
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    // A service's package entry is its composition root (the embedded runner imports all three).
    '^@jisr/(profile|matching|messaging)$': '<rootDir>/services/$1/src/app.ts',
    '^@jisr/web$': '<rootDir>/services/web/server/app.ts',
    '^@jisr/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
const where = (kind) => [
  `<rootDir>/packages/*/test/${kind}/**/*.test.ts`,
  `<rootDir>/services/*/test/${kind}/**/*.test.ts`,
  `<rootDir>/test/${kind}/**/*.test.ts`,
];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: where('unit') },
    { ...shared, displayName: 'component', testMatch: where('component') },
    {
      ...shared,
      displayName: 'integration',
      testMatch: where('integration'),
      globalSetup: '<rootDir>/packages/test-kit/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/packages/test-kit/src/jest/global-teardown.ts',
    },
  ],
};
