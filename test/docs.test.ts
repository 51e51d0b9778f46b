import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settings } from '../src/config.js';

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('documents every setting with its flag and default', () => {
    for (const s of Object.values(settings)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${s.env}\``));
      expect(row, s.env).toBeDefined();
      expect(row).toContain(`\`--${s.flag}\``);
      expect(row).toContain(`\`${JSON.stringify(s.default)}\``);
    }
  });

  it('names the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
