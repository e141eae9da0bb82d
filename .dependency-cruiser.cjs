/**
 * Dependency rules of Samen (docs/architecture.md), checked by `npm run lint:deps` in `npm test`.
 * Layers, from the bottom: core → reference data (municipalities) → capability modules → the
 * composition module (site), which alone may compose pages of several modules.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere in src.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-module',
      severity: 'error',
      comment: 'core/ is the bottom layer: it knows no module.',
      from: { path: '^src/core/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'reference-data-at-the-bottom',
      severity: 'error',
      comment: 'municipalities (reference data) imports no other module.',
      from: { path: '^src/modules/municipalities/' },
      to: { path: '^src/modules/(?!municipalities/)' },
    },
    {
      name: 'composition-on-top',
      severity: 'error',
      comment: 'Only the app and the composition module (site) import the composition module.',
      from: { path: '^src/modules/(?!site/)' },
      to: { path: '^src/modules/site/' },
    },
    {
      name: 'modules-meet-through-their-contract',
      severity: 'error',
      comment: "A module reaches another only through that module's index.ts.",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.tsx?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(\\.test\\.tsx?$|^src/test/)' },
  },
};
