/**
 * Characters that look alike. The skeleton follows Unicode TR39 (section 4): decompose, map every
 * character to its prototype from the Unicode confusables table (the unhomoglyph package carries
 * that table), decompose again — two strings that look the same get the same skeleton. Mixed
 * scripts follow TR39's "highly restrictive" level, the one browsers use for domain names.
 */
import unhomoglyph from 'unhomoglyph';

/**
 * The TR39 skeleton, case-folded: the table maps `0` to capital `O` and `1` to `l`, so folding
 * case between two passes lets `micr0soft` and `rnicrosoft` both reach `microsoft`'s skeleton.
 */
export function skeleton(text: string): string {
  const once = unhomoglyph(text.normalize('NFD')).normalize('NFD').toLowerCase();
  return unhomoglyph(once).normalize('NFD');
}

const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Hebrew', 'Arabic', 'Devanagari',
  'Thai', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo',
] as const;
const SCRIPT_TESTS = SCRIPTS.map((name) => ({ name, test: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** The scripts of the letters in a string (digits, hyphens and marks belong to none). */
export function scriptsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(SCRIPT_TESTS.find((s) => s.test.test(char))?.name ?? 'Other');
  }
  return found;
}

// TR39 "highly restrictive": one script, or Latin with one of the East Asian writing systems.
const ALLOWED_MIXES = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

/** The scripts a label mixes in a way no real name needs (e.g. Latin with Cyrillic), or null. */
export function mixedScripts(label: string): string[] | null {
  const scripts = scriptsOf(label);
  if (scripts.size <= 1) return null;
  if (ALLOWED_MIXES.some((allowed) => [...scripts].every((s) => allowed.has(s)))) return null;
  return [...scripts].sort();
}
