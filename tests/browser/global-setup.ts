import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './chromium';

/** Browser tests load the built extensions: build them when `npm test` runs on a fresh checkout. */
export default function setup() {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || !existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
}
