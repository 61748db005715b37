import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (Playwright's own browser download cannot run on these
 * machines): the browser binary itself, not the /usr/bin/chromium shell wrapper. .ci/run installs the
 * package when it is missing; CHROMIUM_PATH points elsewhere.
 */
function chromiumBinary(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const listed = execFileSync('dpkg', ['-L', 'chromium'], { encoding: 'utf8' }).split('\n');
  const binary = listed.find((file) => /\/lib\/chromium\/chromium$/.test(file));
  if (!binary || !existsSync(binary)) throw new Error('Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return binary;
}

/** A headless Chromium that makes no background connections of its own (the network here is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumBinary(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
