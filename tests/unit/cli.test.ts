import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/sift';
import { CORPUS } from '../helpers/corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = `${CORPUS}/cluttered/aggregator-seed/page.html`;
const seed = JSON.parse(readFileSync(`${CORPUS}/cluttered/aggregator-seed/expect.json`, 'utf8'));

function sift(...args: string[]) {
  return siftIn(ROOT, ...args);
}

function siftIn(cwd: string, ...args: string[]) {
  const tsx = import.meta.resolve('tsx'); // resolved from the repository, whatever the working directory
  return spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'cli/sift.ts'), ...args], { cwd, encoding: 'utf8' });
}

describe('sift clean', () => {
  it('in place, text: the page without its clutter', () => {
    const { out } = run(['clean', SEED]);
    for (const s of seed.article) expect(out).toContain(s);
    for (const s of seed.clutter) expect(out.toLowerCase()).not.toContain(s.toLowerCase());
  });

  it('reader, text: the title on the first line, then blocks separated by blank lines', () => {
    const { out } = run(['clean', SEED, '--mode', 'reader', '--url', 'https://daily8.example/article/100']);
    const [first, blank] = out.split('\n');
    expect(first).toBe(seed.title);
    expect(blank).toBe('');
    expect(out).toMatch(/railway infrastructure and setting buildings.*\n\nTrump, who was full of bluster/s);
    for (const s of seed.clutter) expect(out.toLowerCase()).not.toContain(s.toLowerCase());
  });

  it('--explain lists each finding with rule id, category and reason', () => {
    const { messages } = run(['clean', SEED, '--explain']);
    expect(messages).toContain('related-heading\trelated\theading "Related Articles"');
    expect(messages[0]).toMatch(/^\d+ block\(s\) hidden$/);
  });

  it('html and md formats', () => {
    const html = run(['clean', SEED, '--format', 'html']).out;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain('Related Articles');
    const md = run(['clean', SEED, '--mode', 'reader', '--format', 'md']).out;
    expect(md).toMatch(/^# Russia pounds Kyiv/);
    expect(md).not.toContain('DOWNLOAD THE APP');
  });

  it('-o writes the output to a file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sift-')), 'out.txt');
    expect(run(['clean', SEED, '-o', out]).out).toBe('');
    expect(readFileSync(out, 'utf8')).toContain(seed.article[1]);
  });
});

describe('sift save', () => {
  it.each(['html', 'md'] as const)('writes a clean %s copy named after the title, or to -o', (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-save-'));
    const r = siftIn(dir, 'save', SEED, '--format', format, '--url', 'https://daily8.example/article/100');
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, `Russia pounds Kyiv with missiles and drones hours after Trump-Putin call.${format}`), 'utf8')).toContain(seed.article[1]);
    const out = join(dir, `copy.${format}`);
    expect(run(['save', SEED, '--format', format, '-o', out]).messages).toEqual([`saved ${out}`]);
    const text = readFileSync(out, 'utf8');
    for (const s of seed.article.slice(1)) expect(text).toContain(s);
    expect(text.toLowerCase()).not.toContain('download the app');
    expect(r.stderr).toMatch(/saved Russia pounds Kyiv with missiles and drones hours after Trump-Putin call\.(html|md)/);
  });
  it('needs --format html or md', () => {
    expect(() => run(['save', SEED, '--format', 'text'])).toThrowError(/save needs --format html or md/);
  });
});

describe('sift errors: one line on stderr, non-zero exit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-bad-'));
  writeFileSync(join(dir, 'empty.html'), '  \n');
  writeFileSync(join(dir, 'data.json'), '{"a": 1}');
  writeFileSync(join(dir, 'noarticle.html'), '<html><body><div>Hi</div></body></html>');
  it.each([
    [['clean', join(dir, 'missing.html')], /cannot read .*missing\.html: no such file/],
    [['clean', join(dir, 'empty.html')], /empty\.html is empty/],
    [['clean', join(dir, 'data.json')], /does not look like an HTML file/],
    [['clean', dir], /is a directory/],
    [['clean', join(dir, 'noarticle.html'), '--mode', 'reader'], /No article was found/],
    [['clean', SEED, '--mode', 'outline'], /--mode must be inplace or reader/],
    [['clean', SEED, '--url', 'not a url'], /is not a valid URL/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', (args, message) => {
    const r = sift(...args);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')[0]).toMatch(/^sift: /);
    expect(r.stderr).toMatch(message);
  });
});

describe('sift on a page nested deeper than jsdom can go', () => {
  it('says so plainly, exits 2 and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-cli-deep-'));
    const file = join(dir, 'deep.html');
    writeFileSync(file, `<!doctype html><html><head><title>Deep</title></head><body><article>${'<div>'.repeat(2000)}<p>The story, at the bottom.</p></article></body></html>`);
    // jsdom recurses over a node's ancestors as it builds the tree: a smaller stack stands in for a page
    // nested tens of thousands deep, which would take jsdom minutes to reach.
    const tsx = import.meta.resolve('tsx');
    const out = join(dir, 'out.txt');
    const r = spawnSync(process.execPath, ['--stack-size=100', '--import', tsx, join(ROOT, 'cli/sift.ts'), 'clean', file, '-o', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`sift: ${file}: the page nests its elements too deeply to be processed here (the call stack ran out); nothing was written\n`);
    expect(existsSync(out)).toBe(false);
  });
});
