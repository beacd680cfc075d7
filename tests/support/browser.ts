/**
 * Headless Debian chromium through playwright-core, offline: every request that would leave this machine is
 * refused and recorded, and script errors on the page are collected, so a test can assert there were none.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OfflineBrowser {
  browser: Browser;
  page: Page;
  /** Every request the page tried to send off this machine (all refused). */
  offMachine: string[];
  pageErrors: string[];
}

export async function launchOfflineBrowser(viewport = { width: 1280, height: 900 }): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: install it (\`apt-get install -y chromium\`, or \`npm run setup\`) or set CHROMIUM_PATH.`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport });
  const offMachine: string[] = [];
  const pageErrors: string[] = [];
  await page.route('**/*', async (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'blob:' || protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    offMachine.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { browser, page, offMachine, pageErrors };
}
