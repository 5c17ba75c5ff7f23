/** Layer rules: arrows point inwards (entry-points → domain → ports; data-access implements ports). */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment: 'Domain code knows no HTTP, broker, database or the service’s other rooms.',
      severity: 'error',
      from: { path: '^services/[^/]+/src/domain/' },
      to: {
        path: [
          'node_modules/(express|kafkajs|mongodb|ioredis|better-sqlite3)/',
          '^services/[^/]+/src/(entry-points|data-access)/',
        ],
      },
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
    {
      name: 'web-shared-code-knows-no-feature',
      comment:
        'The web app after bulletproof-react: shared (components, lib, locales) → features → app, one way.',
      severity: 'error',
      from: { path: '^services/web/src/(components|lib|locales)/' },
      to: { path: '^services/web/src/(features|app)/' },
    },
    {
      name: 'web-features-know-no-app',
      severity: 'error',
      from: { path: '^services/web/src/features/' },
      to: { path: '^services/web/src/app/' },
    },
    {
      name: 'web-features-meet-only-at-their-index',
      comment: "A feature uses another feature only through that feature's index.ts.",
      severity: 'error',
      from: { path: '^services/web/src/features/([^/]+)/' },
      to: { path: '^services/web/src/features/[^/]+/[^/]+/', pathNot: '^services/web/src/features/$1/' },
    },
    {
      name: 'web-browser-and-server-apart',
      comment: 'The BFF (server/) and the browser app (src/) share nothing but HTTP.',
      severity: 'error',
      from: { path: '^services/web/(src|server)/' },
      to: { path: '^services/web/(src|server)/', pathNot: '^services/web/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|test|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.test.json' },
    tsPreCompilationDeps: true,
  },
};
