import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_BUILD } from './chromium';

/** The add-on's id (its manifest's gecko id) and internal UUID, pinned so its pages have a known moz-extension:// address. */
export const FIREFOX_ADDON_ID = 'sift@sift-reader.org';
export const FIREFOX_UUID = '5b1d4c3e-8f2a-4c6b-9e1d-3a7f0c2b4d68';

/**
 * Debian's Firefox ESR over WebDriver BiDi, with the built extension
 * installed (unless `extension` is false), and `prefs` besides. There is no
 * network beyond 127.0.0.1 here: other hosts fail to resolve.
 */
export async function launchFirefox(options: { extension?: boolean; prefs?: Record<string, unknown> } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'sift-firefox-')),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // No network beyond 127.0.0.1 here: keep Firefox from trying.
      'network.proxy.type': 0,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      ...options.prefs,
    },
  });
  if (options.extension ?? true) await browser.installExtension(FIREFOX_BUILD);
  return browser;
}
