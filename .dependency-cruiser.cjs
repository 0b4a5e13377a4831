// Import rules of the project, checked by tests/architecture.test.ts (`npm test`); the README's "Layering" line says them
// in one sentence: client | ingest (extraction, pure) ← store ← server (API) | cli (commands); nothing imports
// server, cli or bench. Each top-level folder's README repeats what it may import.
const OUTSIDE_CLIENT = '^(server|store|cli|ingest|bench|neo4j-local|scripts|cypher|tests)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'client-is-self-contained',
      comment: 'The explorer is a browser bundle: it imports only client code and extraction’s model types (ingest/model.ts).',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: OUTSIDE_CLIENT, pathNot: '^ingest/model\\.ts$' },
    },
    {
      name: 'explorer-views-are-independent',
      comment: 'A view (client/src/views/<name>/) uses the shell contract (views/view.ts) and shared widgets, never another view.',
      severity: 'error',
      from: { path: '^client/src/views/([^/]+)/' },
      to: { path: '^client/src/views/[^/]+/', pathNot: '^client/src/views/$1/' },
    },
    {
      name: 'explorer-widgets-below-views',
      comment: 'Only the shell (client/src/ui/app.ts) knows the views; widgets and pure modules never import them.',
      severity: 'error',
      from: { path: '^client/src/', pathNot: '^client/src/(views/|ui/app\\.ts$)' },
      to: { path: '^client/src/views/' },
    },
    {
      name: 'extraction-is-pure',
      comment: 'Extraction (ingest/) turns text into a graph: no store, API, commands, client, bench or database launcher.',
      severity: 'error',
      from: { path: '^ingest/' },
      to: { path: '^(store|server|cli|client|bench|neo4j-local|tests|scripts)/' },
    },
    {
      name: 'store-sees-only-the-model',
      comment: 'The graph store (store/) may import extraction’s model (ingest/model.ts), the local Neo4j launcher and itself.',
      severity: 'error',
      from: { path: '^store/' },
      to: { path: '^(server|cli|client|bench|tests|scripts)/|^ingest/', pathNot: '^ingest/model\\.ts$' },
    },
    {
      name: 'api-uses-store-and-extraction-entry',
      comment: 'The API (server/) imports the store and extraction only through its entry point ingest/index.ts.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(cli|client|bench|tests|scripts)/|^ingest/', pathNot: '^ingest/index\\.ts$' },
    },
    {
      name: 'commands-below-api',
      comment: 'Commands (cli/) compose extraction and the store; they never import the API, the client or bench.',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: '^(server|client|bench|tests|scripts)/' },
    },
    {
      name: 'launcher-stands-alone',
      comment: 'neo4j-local/ starts a database; it knows nothing of the project above it.',
      severity: 'error',
      from: { path: '^neo4j-local/' },
      to: { path: '^(server|store|cli|ingest|client|bench|tests|scripts)/' },
    },
    {
      name: 'scripts-stand-alone',
      comment: 'scripts/provision.ts runs before anything is installed: Node built-ins only.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^(server|store|cli|ingest|client|bench|neo4j-local|tests)/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'nothing-imports-the-api',
      comment: 'Only tests and bench (which start it) import server/; server/main.ts is the entry point.',
      severity: 'error',
      from: { pathNot: '^(server|tests|bench)/' },
      to: { path: '^server/' },
    },
    {
      name: 'nothing-imports-commands',
      comment: 'cli/ holds entry points; only tests and bench may call into them.',
      severity: 'error',
      from: { pathNot: '^(cli|tests|bench)/' },
      to: { path: '^cli/' },
    },
    {
      name: 'nothing-imports-bench',
      severity: 'error',
      from: { pathNot: '^bench/' },
      to: { path: '^bench/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'A relative import that resolves to nothing would hide a broken arrow from the rules above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|client/dist|bench/out)/' },
    // Parse TypeScript with swc (TypeScript 7 has no JS API for dependency-cruiser's tsc parser); the default acorn
    // path reads transpiled output and can miss imports.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
