/**
 * Reading module boundaries out of source text (pure; test/architecture/boundaries.test.ts runs
 * it over src/): which tables a file names in SQL, and which files it imports.
 */
import path from 'node:path';

// Kysely's builders that name a table: selectFrom('tickets as t'), innerJoin(['a', 'b']) …
const BUILDER = /\b(?:selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|innerJoinLateral|leftJoinLateral|crossJoin|using|table)\s*\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*"|`[^`]*`)/g;
// Raw SQL: a table follows one of these words.
const RAW = /\b(?:from|join|into|update|table|using)\s+"?([a-z_][a-z0-9_]*)"?/gi;

/** Tables (from `known`) that `source` names in SQL: Kysely builder calls and `sql` template text. */
export function tablesNamed(source: string, known: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const m of source.matchAll(BUILDER)) {
    for (const q of m[1].matchAll(/['"`]([^'"`]+)['"`]/g)) {
      const name = q[1].trim().split(/\s+/)[0];
      if (known.has(name)) found.add(name);
    }
  }
  for (const m of source.matchAll(/\bsql(?:<[^>`]*>)?`([^`]*)`/g)) {
    for (const r of m[1].matchAll(RAW)) if (known.has(r[1].toLowerCase())) found.add(r[1].toLowerCase());
  }
  return found;
}

/** Relative specifiers of static, type, side-effect, re-export and dynamic imports, with whether the import is type-only. */
export function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of source.matchAll(/\b(import|export)(\s+type\b)?[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g)) found.push({ specifier: m[3], typeOnly: Boolean(m[2]) });
  for (const m of source.matchAll(/\bimport\s*(?:\(\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)) found.push({ specifier: m[1], typeOnly: false });
  return found;
}

/** The module a file under src/ belongs to (`tickets`), or its top-level place (`platform`, `migrations`, `main.ts`). */
export function placeOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'src') throw new Error(`not under src/: ${file}`);
  return parts[1] === 'modules' ? parts[2] : parts[1];
}

/** The repository-relative file an import of `specifier` from `file` reaches. */
export function resolveImport(file: string, specifier: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

/**
 * Why `file` may not import `target` (both repository-relative), or undefined when it may: a
 * module reaches another only through that module's index.js; platform takes module row types
 * only (type imports of `<module>.tables.js`, to compose the Database type).
 */
export function importBreach(file: string, target: string, typeOnly: boolean): string | undefined {
  if (!target.startsWith('src/modules/')) return undefined;
  const owner = target.split('/')[2];
  const from = placeOf(file);
  if (from === owner) return undefined;
  if (from === 'platform') {
    return typeOnly && /^src\/modules\/[a-z-]+\/[a-z-]+\.tables\.js$/.test(target) ? undefined : 'platform takes only type imports of a module\'s <module>.tables.js';
  }
  return target === `src/modules/${owner}/index.js` ? undefined : `import the ${owner} module through src/modules/${owner}/index.js (re-export what is needed there)`;
}
