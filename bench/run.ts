/**
 * `npm run bench`: runs every benchmark in turn and prints its figures with their baselines;
 * `npm run bench -- <name> …` runs the named ones. The long on-demand benches (`soak`, 2 × 10
 * minutes; `abuse`, 1,000,000 records and three phases under attack; `supervision`, 1,000,000 cases) run only when named: plain
 * `npm run bench` skips them.
 */
const onDemand = new Set(['soak', 'abuse', 'supervision']);
const benches: Record<string, () => Promise<{ main(): Promise<string[]> }>> = {
  transitions: () => import('./transitions.bench.ts'),
  ledger: () => import('./ledger.bench.ts'),
  evidence: () => import('./evidence.bench.ts'),
  search: () => import('./search.bench.ts'),
  portal: () => import('./portal.bench.ts'),
  workbench: () => import('./workbench.bench.ts'),
  redaction: () => import('./redaction.bench.ts'),
  startup: () => import('./startup.bench.ts'),
  soak: () => import('./soak.bench.ts'),
  abuse: () => import('./abuse.bench.ts'),
  supervision: () => import('./supervision.bench.ts'),
};

const only = process.argv.slice(2);
for (const [name, loader] of Object.entries(benches)) {
  if (only.length ? !only.includes(name) : onDemand.has(name)) continue;
  console.log(`== ${name}`);
  const lines = await (await loader()).main();
  for (const l of lines) console.log(l);
}
process.exit(0);
