#!/usr/bin/env node
// Runs the qualifier detector with data/qualifiers.json over every English paragraph of the treaties in
// ../shared/open-treaties/ and prints, per category, the hits, the distinct keys, the files with most hits
// and a few sample matches in context, so that a person can check the cues for false positives by hand.
// The samples are spread evenly over the hits in file and paragraph order, so every run shows the same ones.
//
//   npm run build && node scripts/survey-qualifiers.js [--samples N] [category-code …]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OPEN_TREATIES = fileURLToPath(new URL('../../shared/open-treaties/', import.meta.url));
const LEXICON_FILE = fileURLToPath(new URL('../data/qualifiers.json', import.meta.url));
const EXIT_CANNOT_RUN = 2;
const CONTEXT = 70;
const TOP_FILES = 3;
const TOP_KEYS = 5;

function cannotRun(message) {
  process.stderr.write(`survey-qualifiers: ${message}\n`);
  process.exit(EXIT_CANNOT_RUN);
}

function parseArgs(argv) {
  const options = { samples: 3, codes: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--samples') {
      options.samples = Number(argv[++i]);
      if (!Number.isInteger(options.samples) || options.samples < 0) cannotRun('--samples needs a whole number');
    } else if (arg.startsWith('-')) cannotRun(`unknown option ${arg}; usage: node scripts/survey-qualifiers.js [--samples N] [category-code …]`);
    else options.codes.push(arg);
  }
  return options;
}

async function importBuilt() {
  try {
    const [{ compileLexicon }, { detectQualifiers }, { lexiconSchema }, { parseChineseArticleNumber }] = await Promise.all([
      import('../dist/qualifiers/compile-lexicon.js'),
      import('../dist/qualifiers/detect-qualifiers.js'),
      import('../dist/model/qualifier-lexicon.js'),
      import('../dist/import/parse-chinese-numeral.js'),
    ]);
    return { compileLexicon, detectQualifiers, lexiconSchema, parseChineseArticleNumber };
  } catch (error) {
    return cannotRun(`cannot load the compiled detector from dist/ (${error.message}); run \`npm run build\` first`);
  }
}

function readLexicon(lexiconSchema) {
  let json;
  try {
    json = JSON.parse(readFileSync(LEXICON_FILE, 'utf8'));
  } catch (error) {
    return cannotRun(`cannot read data/qualifiers.json: ${error.message}`);
  }
  const parsed = lexiconSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    return cannotRun(`data/qualifiers.json does not follow the lexicon format:\n${issues}`);
  }
  return parsed.data;
}

/** Every English paragraph of one open-treaties file, with a place a reader can find it by. */
function paragraphsOf(file, parseChineseArticleNumber) {
  const json = JSON.parse(readFileSync(`${OPEN_TREATIES}${file}`, 'utf8'));
  const blocks = [
    { where: 'preamble', text: json.preamble_en ?? '' },
    ...(json.articles ?? []).map((a) => ({ where: `art. ${parseChineseArticleNumber(a.article) ?? a.article}`, text: a.content_en ?? '' })),
  ];
  return blocks.flatMap(({ where, text }) =>
    text
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p, i) => ({ file, where: `${where} ¶${i + 1}`, text: p })),
  );
}

function inContext(paragraph, match) {
  const flat = (s) => s.replace(/\s+/g, ' ');
  const before = flat(paragraph.slice(Math.max(0, match.start - CONTEXT), match.start));
  const after = flat(paragraph.slice(match.end, match.end + CONTEXT));
  const open = match.start > CONTEXT ? '…' : '';
  const close = match.end + CONTEXT < paragraph.length ? '…' : '';
  return `${open}${before}[[${flat(match.text)}]]${after}${close}`;
}

/** n hits spread evenly from first to last. */
function spread(hits, n) {
  if (hits.length <= n) return hits;
  return Array.from({ length: n }, (_, i) => hits[Math.floor((i * (hits.length - 1)) / Math.max(1, n - 1))]);
}

function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (typeof cell === 'number' ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(OPEN_TREATIES)) {
    cannotRun(`${OPEN_TREATIES} not found: the open-treaties texts live beside the project in ../shared/open-treaties/`);
  }
  const { compileLexicon, detectQualifiers, lexiconSchema, parseChineseArticleNumber } = await importBuilt();
  const lexicon = readLexicon(lexiconSchema);
  const known = new Set(lexicon.categories.map((c) => c.code));
  const unknown = options.codes.filter((code) => !known.has(code));
  if (unknown.length > 0) cannotRun(`unknown category ${unknown.join(', ')}; the lexicon has ${[...known].join(', ')}`);
  const categories = lexicon.categories.filter((c) => options.codes.length === 0 || options.codes.includes(c.code));

  const compiled = compileLexicon(lexicon);
  const files = readdirSync(OPEN_TREATIES).filter((f) => f.endsWith('.json')).sort();
  const hits = [];
  let paragraphCount = 0;
  const started = process.hrtime.bigint();
  for (const file of files) {
    for (const paragraph of paragraphsOf(file, parseChineseArticleNumber)) {
      paragraphCount++;
      for (const match of detectQualifiers(compiled, paragraph.text, 'en')) hits.push({ ...match, paragraph });
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  const byCode = new Map(categories.map((c) => [c.code, hits.filter((h) => h.code === c.code)]));
  const shortName = (file) => file.replace(/\.json$/, '');
  console.log(`Qualifiers in ${paragraphCount} English paragraphs of ${files.length} treaties (${OPEN_TREATIES}), ${ms.toFixed(0)} ms\n`);
  console.log(
    table([
      ['category', 'hits', 'keys', 'files with most hits'],
      ...categories.map((c) => {
        const found = byCode.get(c.code);
        const top = countBy(found, (h) => h.paragraph.file).slice(0, TOP_FILES);
        return [c.code, found.length, new Set(found.map((h) => h.key)).size, top.map(([f, n]) => `${shortName(f)} ${n}`).join(', ') || '-'];
      }),
    ]),
  );

  for (const category of categories) {
    const found = byCode.get(category.code);
    console.log(`\n## ${category.code} (${category.label}): ${found.length} hits`);
    if (found.length === 0) continue;
    const keys = countBy(found, (h) => h.key);
    const more = keys.length > TOP_KEYS ? `, and ${keys.length - TOP_KEYS} more` : '';
    console.log(`keys: ${keys.slice(0, TOP_KEYS).map(([k, n]) => `"${k}" ${n}`).join(', ')}${more}`);
    for (const hit of spread(found, options.samples)) {
      console.log(`- ${shortName(hit.paragraph.file)} ${hit.paragraph.where}: ${inContext(hit.paragraph.text, hit)}`);
    }
  }
}

await main();
