/**
 * A generated article page of about `elements` elements: the article in the
 * middle, and repeated clutter-like blocks (related rails, teaser cards, app
 * prompts, comment threads) around it. Deterministic.
 */
export function generatePage(elements: number): string {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) => `<p>Paragraph ${i} of the generated story, with clauses, commas and enough words to count as running text for any reader.</p>`,
  ).join('');
  const blocks: string[] = [];
  const kinds = [
    (i: number) => `<section><h2>Related articles</h2><ul>${Array.from({ length: 5 }, (_, j) => `<li><a href="/r/${i}/${j}"><span>Teaser ${i}.${j}</span></a></li>`).join('')}</ul></section>`,
    (i: number) => `<div class="css-${i.toString(36)}"><div><span>Download the app</span></div><a href="https://apps.apple.com/app/id${i}"><img alt="App Store" src="data:,"></a></div>`,
    (_i: number) => `<div><div><h3>Comments</h3></div>${Array.from({ length: 3 }, (_, j) => `<div class="c"><b>user${j}</b><p>Comment ${j}</p></div>`).join('')}</div>`,
    (i: number) => `<div class="grid">${Array.from({ length: 4 }, (_, j) => `<div role="link"><img src="data:," alt=""><h4>Card ${i}.${j}</h4><span>12 min ago</span></div>`).join('')}</div>`,
  ];
  let count = 30;
  for (let i = 0; count < elements; i++) {
    const block = kinds[i % kinds.length](i);
    blocks.push(block);
    count += (block.match(/<[a-z]/g) ?? []).length;
  }
  const half = Math.floor(blocks.length / 2);
  return `<!doctype html><html><head><title>Generated story</title></head><body><header><nav><a href="/">Home</a></nav></header>
<div id="rail-a">${blocks.slice(0, half).join('')}</div>
<main><article><h1>Generated story</h1>${paragraphs}</article></main>
<div id="rail-b">${blocks.slice(half).join('')}</div></body></html>`;
}

/**
 * `generatePage(elements)` with `frames` iframes in its rails, each from a
 * site of its own (`frame-N.test`, on `framePort`; the browser maps them to
 * 127.0.0.1), as ad slots, players and embeds are: each gets a renderer
 * process of its own.
 */
export function generateFramedPage(elements: number, frames: number, framePort: number): string {
  const iframes = Array.from({ length: frames }, (_, i) => `<iframe src="http://frame-${i}.test:${framePort}/frame.html" width="300" height="250"></iframe>`).join('');
  return generatePage(elements).replace('<div id="rail-b">', `<div id="rail-b">${iframes}`);
}

/** What each of those frames shows: a small ad-like document. */
export const FRAME_DOCUMENT = '<!doctype html><html><body><div><a href="/go"><img alt="" src="data:,"></a><p>Sponsored: a thing to buy</p></div></body></html>';
