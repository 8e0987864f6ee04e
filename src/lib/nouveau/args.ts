import { BOOLEAN_FLAGS } from './fields.ts';

export interface ParsedArgs {
  /** Option name (without `--`) → its value, or `true` for an option given without value. */
  flags: Map<string, string | true>;
  /** French messages for what could not be read. */
  errors: string[];
}

/**
 * Reads `--nom valeur`, `--nom=valeur` and value-less options (`--oui`, `--anonymise`). A repeated option keeps its last value.
 * Options listed in BOOLEAN_FLAGS never take the next word as their value.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') {
      flags.set('aide', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      errors.push(`« ${arg} » n'est pas une option : écrivez --nom "valeur" (guillemets autour d'un texte qui contient des espaces)`);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)).toLowerCase();
    if (eq >= 0) {
      flags.set(name, arg.slice(eq + 1));
      continue;
    }
    const next = argv[i + 1];
    if (!BOOLEAN_FLAGS.has(name) && next !== undefined && !next.startsWith('--')) {
      flags.set(name, next);
      i += 1;
    } else {
      flags.set(name, true);
    }
  }
  return { flags, errors };
}
