import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../browser/server';

// The browser tests' and the benchmark's page server: closing it must end, whatever a
// browser still holds open (a run that waited on it for ever stalled the benchmark).
describe('the test page server', () => {
  const root = mkdtempSync(join(tmpdir(), 'sift-serve-'));
  writeFileSync(join(root, 'page.html'), '<p>hello</p>');

  it('serves files and closes while a client keeps its connection alive', async () => {
    const server = await serve(root);
    const agent = new Agent({ keepAlive: true });
    const body = await new Promise<string>((resolve, reject) => {
      get(`${server.base}/page.html`, { agent }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(body).toBe('<p>hello</p>');
    await server.close(); // the agent still holds the socket open
    agent.destroy();
  }, 5_000);

  it('closes while a request is half sent', async () => {
    const server = await serve(root);
    const { port } = new URL(server.base);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {}); // the server resets the connection: expected
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('GET /page.html HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // no blank line: the request never ends
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await server.close();
    await closed;
    expect(socket.destroyed).toBe(true);
  }, 5_000);

  it("adds a folder's headers.json to what it serves from that folder, and only there", async () => {
    const folder = join(root, 'strict');
    mkdirSync(folder);
    writeFileSync(join(folder, 'page.html'), '<p>strict</p>');
    writeFileSync(join(folder, 'headers.json'), JSON.stringify({ 'content-security-policy': "style-src 'self'" }));
    const server = await serve(root);
    const headerOf = (path: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        get(`${server.base}${path}`, (res) => {
          res.resume();
          resolve(res.headers['content-security-policy'] as string | undefined);
        }).on('error', reject);
      });
    expect(await headerOf('/strict/page.html')).toBe("style-src 'self'");
    expect(await headerOf('/page.html')).toBeUndefined();
    await server.close();
  }, 5_000);
});
