#!/usr/bin/env node
// The speed targets of issue 14, measured (never in a timed test). Run: npm run bench
// (it builds first). `node scripts/bench.mjs --runs 5` for a quicker, rougher look.
//
// Whole processes: `node bin/buig.js ...` as a user starts it, each figure the median of N runs,
// shown as a ratio to the median of a bare `node -e 0` measured in the same rounds (the rounds
// interleave the commands, so a busy machine weighs on all of them alike).
//
// In-process: the sources bundled as the shipped file is, loaded once; each figure the median of
// warm runs, with the first (cold) run beside it. Synthetic inputs are made in a temporary folder
// and removed afterwards: 350 Deventer-sized gemeenten, an aanvalsplan of 500 acties, a data folder
// with 1.000 series, the Deventer scenario with a horizon of 4 and of 30 years.
//
// Besides issue 14's figures, those of issue 13: simulate (10.000 runs of the Deventer scenario
// over four years, <= 1 s in-process) and backtest (the Deventer data, 48 months, <= 2 s), in-process
// and as whole processes beside `node -e 0`.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
process.chdir(ROOT);

// --- synthetic inputs ---------------------------------------------------------------------------

/** A deterministic pseudo-random sequence (no Math.random: the same inputs every run). */
function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Deventer scaled by a whole factor: stands and flows still reconcile, budgets and lasten scaled alike. */
function scaledDeventer(dir, k, naam) {
  mkdirSync(dir, { recursive: true });
  const times = (v) => {
    const [int, frac = ''] = v.split('.');
    const digits = String(BigInt(int + frac) * BigInt(k)).padStart(frac.length + 1, '0');
    return frac ? `${digits.slice(0, -frac.length)}.${digits.slice(-frac.length)}` : digits;
  };
  const scale = (file, columns) => {
    let names;
    const lines = readFileSync(join(ROOT, 'data/deventer', file), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => {
        if (l.startsWith('#')) return l;
        if (!names) {
          names = l.split(',');
          return l;
        }
        return l
          .split(',')
          .map((v, i) => (columns.includes(names[i]) && /^\d+(\.\d+)?$/.test(v) ? times(v) : v))
          .join(',');
      });
    writeFileSync(join(dir, file), lines.join('\n') + '\n');
  };
  scale('budget.csv', ['bedrag', 'macrobudget']);
  scale('lasten.csv', ['lasten', 'bruto', 'baten', 'fout_onzeker']);
  scale('volume.csv', ['aantal']);
  scale('stromen.csv', ['instroom', 'uitstroom']);
  writeFileSync(join(dir, 'gemeente.json'), JSON.stringify({ naam }) + '\n');
}

/** One data folder with `n` PW segments, 25 months of history (2021-12 .. 2023-12). */
function manySeries(dir, n) {
  mkdirSync(dir, { recursive: true });
  const rnd = lcg(42);
  const volume = ['maand,regeling,segment,aantal'];
  const stromen = ['maand,regeling,segment,instroom,uitstroom'];
  let total2022 = 0;
  let total2023 = 0;
  for (let s = 0; s < n; s++) {
    const segment = `s${String(s).padStart(4, '0')}`;
    let stand = 20 + Math.floor(rnd() * 180);
    volume.push(`2021-12,PW,${segment},${stand}`);
    for (let m = 0; m < 24; m++) {
      const maand = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      const instroom = Math.floor(rnd() * stand * 0.05);
      const uitstroom = Math.min(stand, Math.floor(rnd() * stand * 0.05));
      stand += instroom - uitstroom;
      volume.push(`${maand},PW,${segment},${stand}`);
      stromen.push(`${maand},PW,${segment},${instroom},${uitstroom}`);
      if (m < 12) total2022 += stand;
      else total2023 += stand;
    }
  }
  const lasten = (avg) => Math.round((avg / 12) * 14500);
  writeFileSync(join(dir, 'volume.csv'), volume.join('\n') + '\n');
  writeFileSync(join(dir, 'stromen.csv'), stromen.join('\n') + '\n');
  writeFileSync(join(dir, 'lasten.csv'), `jaar,lasten\n2022,${lasten(total2022)}\n2023,${lasten(total2023)}\n`);
  writeFileSync(join(dir, 'budget.csv'), `jaar,fase,bedrag\n2022,definitief,${lasten(total2022)}\n2023,definitief,${lasten(total2023)}\n2024,voorlopig,${lasten(total2023)}\n`);
}

/** An aanvalsplan of `n` acties over every lever, starting in 2023 and 2024. */
function manyActies(file, n) {
  const rnd = lcg(7);
  const rows = ['code,naam,hefboom,aantal,start,ingroei_maanden,regeling,herinstroom_pct,herinstroom_na_maanden,kosten,lks_prijs,verlaging_pct'];
  const levers = ['instroom', 'uitstroom', 'lks', 'verlaging'];
  for (let i = 0; i < n; i++) {
    const hefboom = levers[i % 4];
    const start = `${2023 + Math.floor(rnd() * 2)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`;
    rows.push(
      // Small acties on PW: 500 large ones would drive a stand below zero, which the model refuses.
      [
        `A${i}`,
        `actie ${i}`,
        hefboom,
        1 + Math.floor(rnd() * 3),
        start,
        1 + Math.floor(rnd() * 24),
        'PW',
        hefboom === 'uitstroom' ? 15 : 0,
        6 + Math.floor(rnd() * 12),
        1000 * Math.floor(rnd() * 100),
        hefboom === 'lks' ? 9000 : '',
        hefboom === 'verlaging' ? 20 : '',
      ].join(','),
    );
  }
  writeFileSync(file, rows.join('\n') + '\n');
}

function scenario(file, fields) {
  writeFileSync(file, JSON.stringify({ naam: 'bench', ...fields }, null, 2) + '\n');
}

// --- measuring ----------------------------------------------------------------------------------

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

function spawnTimed(args, mayFail = false) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const t = performance.now() - t0;
  if (r.status !== 0 && !mayFail) throw new Error(`node ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return { t, status: r.status };
}

async function inProcess(fn, runs) {
  const t0 = performance.now();
  await fn();
  const cold = performance.now() - t0;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { cold, warm: median(times) };
}

const rows = [];
function row(...cells) {
  rows.push(cells);
}

function printTable(title) {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\n${title}`);
  for (const r of rows)
    console.log(
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('   ')
        .trimEnd(),
    );
  rows.length = 0;
}

// --- the run ------------------------------------------------------------------------------------

// A busy machine slows every figure (and the ratios too): say how busy it was.
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`Node ${process.version}, ${cpus().length} cores, load average ${load()} at the start`);
const tmp = mkdtempSync(join(tmpdir(), 'buig-bench-'));
try {
  const gemeenten = join(tmp, 'gemeenten');
  for (let i = 0; i < 350; i++) scaledDeventer(join(gemeenten, `g${String(i).padStart(3, '0')}`), 1 + (i % 5), `Gemeente ${i}`);
  manySeries(join(tmp, 'reeksen'), 1000);
  manyActies(join(tmp, 'acties500.csv'), 500);
  const dataFromTmp = relative(tmp, join(ROOT, 'data/deventer'));
  scenario(join(tmp, 'plan500.json'), { data: dataFromTmp, aanvalsplan: 'acties500.csv' });
  scenario(join(tmp, 'reeksen.json'), { data: 'reeksen', horizon: { tot: '2033-12' } });
  scenario(join(tmp, 'h4.json'), { data: dataFromTmp, horizon: { tot: '2026-12' } });
  scenario(join(tmp, 'h30.json'), { data: dataFromTmp, horizon: { tot: '2052-12' } });

  // Whole processes, interleaved rounds.
  const bin = 'bin/buig.js';
  const commands = [
    { figure: '`--help`', args: [bin, '--help'], target: 1.5 },
    { figure: '`vangnet --year 2022 --data data/deventer`', args: [bin, 'vangnet', '--year', '2022', '--data', 'data/deventer'], target: 2 },
    { figure: '`validate --data data/deventer`', args: [bin, 'validate', '--data', 'data/deventer'], target: 2 },
    { figure: '`forecast` (default scenario)', args: [bin, 'forecast'], target: 2.5 },
    { figure: '`plan` (Deventer, 27 acties)', args: [bin, 'plan'], target: 4 },
    { figure: '`check test/verwachtingen/deventer.csv`', args: [bin, 'check', 'test/verwachtingen/deventer.csv'] },
    { figure: '`simulate` (10.000 runs)', args: [bin, 'simulate', '--format', 'json', '--quiet'] },
    { figure: '`backtest` (48 months)', args: [bin, 'backtest', '--format', 'json'] },
  ];
  const base = [];
  const times = commands.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    base.push(spawnTimed(['-e', '0']).t);
    for (const [i, c] of commands.entries()) times[i].push(spawnTimed(c.args).t);
  }
  const node = median(base);
  row('figure', 'median', '× node -e 0', 'target');
  row('`node -e 0`', ms(node), '1.00', '');
  commands.forEach((c, i) => {
    const ratio = median(times[i]) / node;
    rows.push([c.figure, ms(median(times[i])), ratio.toFixed(2), c.target ? `≤ ${c.target}  ${ratio <= c.target ? 'ok' : 'MISSED'}` : '(none)']);
  });
  printTable(`Whole processes: medians of ${RUNS} interleaved runs, as a ratio to \`node -e 0\``);

  // 350 gemeenten in one process: a folder of data folders.
  const many = spawnTimed([bin, 'forecast', '--data', gemeenten, '--format', 'csv'], true);
  const gemeentenWall = [];
  if (many.status === 0) {
    gemeentenWall.push(many.t);
    for (let r = 1; r < Math.min(RUNS, 5); r++) gemeentenWall.push(spawnTimed([bin, 'forecast', '--data', gemeenten, '--format', 'csv']).t);
  }

  // In-process: the sources bundled as the shipped file is.
  const outfile = join(ROOT, 'dist', 'bench.mjs');
  await build({
    stdin: {
      contents: [
        "export { run } from './src/cli/main.ts';",
        "export { forecast } from './src/domain/forecast/forecast.ts';",
        "export { readDataFolder } from './src/read/dataFolder.ts';",
        "export { readScenarioFile } from './src/read/scenarioFile.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsonc-parser's `main` is a UMD build that requires its parts at run time; its ESM build bundles.
    mainFields: ['module', 'main'],
    outfile,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  const lib = await import(pathToFileURL(outfile).href);
  let stderr = '';
  const silent = { stdout: () => {}, stderr: (s) => void (stderr += s), cwd: ROOT, env: {}, stdoutIsTTY: false };
  const cli = (argv) => async () => {
    stderr = '';
    const code = await lib.run(argv, silent);
    if (code !== 0) throw new Error(`buig ${argv.join(' ')} exited ${code}:\n${stderr}`);
  };
  /** The model alone: the forecast on data already read. */
  const model = (scenarioFile) => {
    const read = lib.readScenarioFile(scenarioFile, readFileSync(scenarioFile), 'nl');
    const data = lib.readDataFolder(join(dirname(scenarioFile), read.data), ['forecast']).data;
    return () => {
      const out = lib.forecast({ data, scenario: read.scenario, rules: [] });
      if ('problems' in out) throw new Error(JSON.stringify(out.problems));
    };
  };

  const forecastRun = await inProcess(cli(['forecast', '--format', 'json']), 20);
  const vangnetRun = await inProcess(cli(['vangnet', '--year', '2022', '--data', 'data/deventer', '--format', 'json']), 20);
  const plan27 = await inProcess(cli(['plan', '--format', 'json']), 5);
  const plan500 = await inProcess(cli(['plan', '--scenario', join(tmp, 'plan500.json'), '--format', 'json']), 3);
  const series = await inProcess(model(join(tmp, 'reeksen.json')), 3);
  const seriesCli = await inProcess(cli(['forecast', '--scenario', join(tmp, 'reeksen.json'), '--format', 'csv']), 3);
  const h4 = await inProcess(model(join(tmp, 'h4.json')), 30);
  const h30 = await inProcess(model(join(tmp, 'h30.json')), 30);
  const simulateRun = await inProcess(cli(['simulate', '--runs', '10000', '--seed', '1', '--format', 'json', '--quiet']), 5);
  const backtestRun = await inProcess(cli(['backtest', '--format', 'json']), 5);
  const dirs = Array.from({ length: 350 }, (_, i) => join(gemeenten, `g${String(i).padStart(3, '0')}`));
  const loop350 = await inProcess(async () => {
    for (const d of dirs) await cli(['forecast', '--data', d, '--format', 'csv'])();
  }, 1);

  row('figure', 'warm median', 'first run', 'target');
  rows.push(['`forecast` (default scenario)', ms(forecastRun.warm), ms(forecastRun.cold), '']);
  rows.push(['`vangnet --year 2022 --data data/deventer`', ms(vangnetRun.warm), ms(vangnetRun.cold), '']);
  rows.push(['`plan` (Deventer, 27 acties)', ms(plan27.warm), ms(plan27.cold), '']);
  rows.push(['`plan` on 500 synthetic acties', ms(plan500.warm), ms(plan500.cold), `≤ 1000 ms  ${plan500.warm <= 1000 ? 'ok' : 'MISSED'}`]);
  rows.push(['1.000 series over 10 years, the model', ms(series.warm), ms(series.cold), `≤ 500 ms  ${series.warm <= 500 ? 'ok' : 'MISSED'}`]);
  rows.push(['1.000 series over 10 years, read + model + csv', ms(seriesCli.warm), ms(seriesCli.cold), '']);
  rows.push(['horizon 4 years, the model', ms(h4.warm), ms(h4.cold), '']);
  rows.push(['horizon 30 years, the model', ms(h30.warm), ms(h30.cold), `≤ 3 × 4 years: ${(h30.warm / h4.warm).toFixed(2)} ×  ${h30.warm <= 3 * h4.warm ? 'ok' : 'MISSED'}`]);
  rows.push(['`simulate` 10.000 runs (issue 13)', ms(simulateRun.warm), ms(simulateRun.cold), `≤ 1000 ms  ${simulateRun.warm <= 1000 ? 'ok' : 'MISSED'}`]);
  rows.push(['`backtest` 48 months (issue 13)', ms(backtestRun.warm), ms(backtestRun.cold), `≤ 2000 ms  ${backtestRun.warm <= 2000 ? 'ok' : 'MISSED'}`]);
  rows.push(['350 gemeenten, a loop of `forecast --data` runs', ms(loop350.warm), ms(loop350.cold), '']);
  printTable('In-process: the sources bundled; warm medians, and the first run');

  row('figure', 'median', '', 'target');
  if (gemeentenWall.length)
    rows.push(['350 gemeenten, `forecast --data FOLDER` as one process (wall)', ms(median(gemeentenWall)), '', `≤ 1500 ms  ${median(gemeentenWall) <= 1500 ? 'ok' : 'MISSED'}`]);
  else rows.push(['350 gemeenten in one process', 'not supported by this build', '', '≤ 1500 ms']);
  printTable(`Many gemeenten (${gemeentenWall.length} whole-process runs)`);
  console.log(`\nload average ${load()} at the end`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
