import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';

/** A figure as its author wrote it in content/chiffres/ (the fields a chart shows). */
export interface ContentFigure {
  id: string;
  valeur: number;
  unite: '%' | 'nombre' | 'euros';
  serie?: string;
  categorie?: string;
}

/**
 * The figures of content/chiffres/, read with the `yaml` package straight from the files (frontmatter of .md/.mdx,
 * whole .yaml): the tests' own reading, independent of the site's loader and chart code that they check.
 */
export function contentFigures(dir = 'content/chiffres'): ContentFigure[] {
  return readdirSync(dir).flatMap((name) => {
    const ext = extname(name);
    const text = readFileSync(join(dir, name), 'utf8');
    const yaml = ext === '.yaml' || ext === '.yml' ? text : ext === '.md' || ext === '.mdx' ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : null;
    if (yaml === null) return [];
    const data = parse(yaml) as Omit<ContentFigure, 'id'>;
    return [{ ...data, id: name.slice(0, -ext.length) }];
  });
}

/** Reads a number as the site prints it: « 8 259 », « 7,5 % », « 12 € ». */
export function frenchNumber(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f]|%|€/g, '').replace(',', '.'));
}
