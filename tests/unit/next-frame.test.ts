import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { afterParsed } from '../../utils/live/next-frame';
import { until } from '../helpers/until';

describe('afterParsed', () => {
  it('waits for the parsed document, and runs after the DOMContentLoaded event, not in it', async () => {
    // jsdom's document is still loading when the constructor returns; DOMContentLoaded comes later.
    const { window } = new JSDOM('<p>text</p>');
    const doc = window.document;
    expect(doc.readyState).toBe('loading');
    const seen: string[] = [];
    afterParsed(doc, () => seen.push(`ran, ${doc.readyState}`));
    // A listener of the page's, added after Sift's: the event's listeners all run before Sift does.
    doc.addEventListener('DOMContentLoaded', () => seen.push('page listener'));
    expect(seen).toEqual([]);
    await until(() => seen.length === 2);
    expect(seen[0]).toBe('page listener');
    expect(seen[1]).toMatch(/^ran, (interactive|complete)$/);
    window.close();
  });

  it('runs at once on a document already parsed', async () => {
    const { window } = new JSDOM('<p>text</p>');
    await until(() => window.document.readyState !== 'loading');
    let ran = false;
    afterParsed(window.document, () => (ran = true));
    expect(ran).toBe(true);
    window.close();
  });
});
