/** Layer rules: arrows point inwards (entry-points → domain → ports; data-access implements ports). */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment: 'Domain code knows no HTTP, broker, database or the service’s other rooms.',
      severity: 'error',
      from: { path: '^services/[^/]+/src/domain/' },
      to: { path: ['node_modules/(express|kafkajs|mongodb|ioredis|better-sqlite3)/', '^services/[^/]+/src/(entry-points|data-access)/'] },
    },
    {
      name: 'data-access-not-entry-points',
      severity: 'error',
      from: { path: '^services/[^/]+/src/data-access/' },
      to: { path: '^services/[^/]+/src/entry-points/' },
    },
    {
      name: 'services-do-not-import-each-other',
      comment: 'Services talk only through events.',
      severity: 'error',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/[^/]+/', pathNot: '^services/$1/' },
    },
    {
      name: 'packages-do-not-import-services',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^services/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|test|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.test.json' },
    tsPreCompilationDeps: true,
  },
};
