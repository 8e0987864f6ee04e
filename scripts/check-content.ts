// Checks every entry of content/ and prints all problems at once, as `path:line champ: message`, then a French summary
// with one « Comment corriger » line per kind of problem. `--dir=<dossier>` checks another folder;
// `--watch` re-checks on every save (Ctrl+C to stop).
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { checkAndPrint } from '../src/lib/integrity/report.ts';

const args = process.argv.slice(2);
const dirFlag = args.findIndex((a) => a === '--dir' || a.startsWith('--dir='));
const dirArg = dirFlag < 0 ? undefined : args[dirFlag]!.startsWith('--dir=') ? args[dirFlag]!.slice(6) : args[dirFlag + 1];
const dir = resolve(dirArg ?? 'content');

const check = (): number => checkAndPrint(dir);

if (!args.includes('--watch')) {
  process.exit(check() > 0 ? 1 : 0);
}

let timer: ReturnType<typeof setTimeout> | undefined;
const rerun = () => {
  if (process.stdout.isTTY) console.clear();
  console.log(`— Vérification à ${new Date().toLocaleTimeString('fr-BE')} —`);
  try {
    check();
  } catch (error) {
    // A file caught half-written (or just deleted) must not stop the watch: the next save re-checks.
    console.error(`Lecture impossible pour l'instant (${error instanceof Error ? error.message : String(error)}) : enregistrez à nouveau.`);
  }
  console.log(`\nSurveillance de ${dir} : chaque enregistrement relance la vérification. Ctrl+C pour arrêter.`);
};
// Watching starts before the first check, so that a save made as soon as « Surveillance » is printed is seen.
const watcher = watch(dir, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(rerun, 300);
});
rerun();
process.on('SIGINT', () => {
  watcher.close();
  clearTimeout(timer);
  console.log('\nSurveillance arrêtée.');
  process.exit(0);
});
