// Keeps the README's set-up lines, .ci/run and package.json in step: CI must run exactly what a new user copies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

/** The single command in the ```sh block that follows the given sentence of the README. */
function commandAfter(sentence: string): string {
  const at = readme.indexOf(sentence);
  expect(at, `README has "${sentence}"`).toBeGreaterThan(-1);
  const block = /```sh\n([^\n]+)\n```/.exec(readme.slice(at));
  if (!block?.[1]) throw new Error(`No sh block after "${sentence}"`);
  return block[1].trim();
}

describe("the README's set-up lines", () => {
  const testLine = commandAfter('Install and run every test');
  const startLine = commandAfter('Install and start the app');

  it('install system packages first, then the npm packages, then test or start', () => {
    expect(testLine).toBe('bash scripts/system-packages.sh test && npm ci && npm test');
    expect(startLine).toBe('bash scripts/system-packages.sh start && npm ci && npm start');
  });

  it('.ci/run runs exactly the test line, as its last command', () => {
    const lines = readFileSync('.ci/run', 'utf8').trim().split('\n');
    expect(lines[lines.length - 1]).toBe(testLine);
  });
});
