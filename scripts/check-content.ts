// Checks every entry of content/ and prints all problems at once, as `path:line champ: message`.
import { resolve } from 'node:path';
import { checkContentDir, formatProblem, summary } from '../src/lib/integrity/index.ts';
import { loadContent } from '../src/lib/integrity/load.ts';

const dir = resolve(process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'content');
const started = performance.now();
const problems = checkContentDir(dir);
for (const p of problems) console.error(formatProblem(p));
const files = loadContent(dir).entries.length;
console.log(`${summary(problems, files)} (${Math.round(performance.now() - started)} ms)`);
process.exit(problems.length > 0 ? 1 : 0);
