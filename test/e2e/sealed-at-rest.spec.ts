// Story: a complaint about staff is recorded (with a draft left by the agent), worked by the complaints manager
// (a file, the acknowledgement letter); then, signed in as each role, the whole raw IndexedDB and the profile's
// files on disk hold neither the customer's name, nor the reference, nor the complaint's words.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium-launch';
import { deskWith, fixTheClock } from './steps/case-page';
import { expectDraftSaved } from './steps/intake';
import { prepareLetter, recordLetterSent } from './steps/letters';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { administrator, agent, manager, signInAs, signOut, type Account } from './steps/sign-in';

const employee: Account = { name: 'Dave Parry', role: 'agent', password: 'harbour maple lantern' };
const otherAgent: Account = { name: 'Olu Agent', role: 'agent', password: 'tulip granite ferry' };
const customerName = 'Siân Gwŷn Łukasiewicz';
const summary = 'Dave sneered about the exit fees and hung up on me twice.';

/** Every row of every IndexedDB database of the origin, as text (bytes as hex, Blobs' contents as text). */
async function rawIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    const text = async (value: unknown): Promise<string> => {
      if (value instanceof Blob) return `blob:${new TextDecoder().decode(await value.arrayBuffer())}`;
      if (value instanceof Uint8Array) return `bytes:${hex(value)}`;
      if (value instanceof ArrayBuffer) return `bytes:${hex(new Uint8Array(value))}`;
      if (Array.isArray(value)) return `[${(await Promise.all(value.map(text))).join(',')}]`;
      if (value !== null && typeof value === 'object') {
        const parts = await Promise.all(Object.entries(value).map(async ([k, v]) => `${k}:${await text(v)}`));
        return `{${parts.join(',')}}`;
      }
      return JSON.stringify(value) ?? 'undefined';
    };
    const out: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(`could not open ${name}`));
      });
      for (const store of [...db.objectStoreNames]) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(new Error(`could not read ${store}`));
        });
        out.push(`${name}/${store}(${rows.length}):${await text(rows)}`);
      }
      db.close();
    }
    return out.join('\n');
  });
}

/** Every file under the profile folder, byte by byte. */
function profileBytes(dir: string): Buffer[] {
  const files: Buffer[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) files.push(...profileBytes(path));
    else if (stat.isFile()) files.push(readFileSync(path));
  }
  return files;
}

function secretsIn(haystack: string | Buffer, secrets: readonly string[]): string[] {
  return secrets.filter((secret) =>
    typeof haystack === 'string'
      ? haystack.includes(secret)
      : [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le'), Buffer.from(secret, 'latin1')].some((form) => haystack.includes(form)),
  );
}

let profile: string;
let context: BrowserContext;

test.beforeEach(async () => {
  profile = mkdtempSync(join(tmpdir(), 'sealed-at-rest-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    baseURL: `http://127.0.0.1:${process.env.PORT ?? 5173}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1366, height: 860 },
  });
});

test.afterEach(async () => {
  await context.close();
  if (!process.env.KEEP_PROFILE) rmSync(profile, { recursive: true, force: true });
});

test('a complaint about staff is found only as ciphertext in IndexedDB and on disk, whoever looks', async () => {
  test.setTimeout(240_000);
  const page = context.pages()[0] ?? (await context.newPage());
  await fixTheClock(page);
  await page.goto('/');
  await deskWith(page, [agent, employee, otherAgent, manager]);

  // The agent records the complaint about Dave, then starts another for the same customer and leaves it as a draft.
  await openNewComplaint(page);
  await fillComplaint(page, { channel: 'Telephone', customerName, customerContact: '07700 900456', summary });
  await page.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).check();
  await page.getByRole('group', { name: 'Employees the complaint is about' }).getByRole('checkbox', { name: employee.name }).check();
  await page.getByRole('button', { name: 'Record complaint' }).click();
  // A complaint about staff takes its reference from the series only its viewers see.
  const heading = page.getByRole('heading', { level: 1, name: /^JESQ-2026-S\d{5}$/ });
  await expect(heading).toBeVisible();
  const reference = (await heading.textContent()) ?? '';
  const caseUrl = page.url();
  await expect(page.getByText('You recorded this complaint. It is confidential')).toBeVisible();
  await openNewComplaint(page);
  await fillComplaint(page, { channel: 'Telephone', customerName, customerContact: '07700 900456', summary: `${summary} He said the exit fees were my problem.` });
  await expectDraftSaved(page);

  // The complaints manager works it: a file and the acknowledgement letter.
  await signOut(page, agent.name);
  await signInAs(page, manager.name, manager.password);
  await page.goto(caseUrl);
  await expect(page.getByText(summary)).toBeVisible();
  await page.getByRole('region', { name: 'Files' }).locator('input[type=file]').setInputFiles({ name: `Call notes ${customerName}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Call with ${customerName} about exit fees: the adviser sneered.\n`) });
  await expect(page.getByRole('region', { name: 'Files' }).getByRole('row', { name: /Call notes/ })).toBeVisible();
  const letter = await prepareLetter(page, 'Acknowledgement');
  await recordLetterSent(page, letter, '2026-12-04T12:00', 'Email');
  await expect(page.getByRole('region', { name: 'Files' }).getByRole('row', { name: /Acknowledgement .*\.pdf/ })).toBeVisible();

  const secrets = [customerName, 'Łukasiewicz', 'Gwŷn', reference, 'sneered', 'exit fees'];
  let current: Account = manager;
  for (const [who, account] of [
    ['the agent who recorded it', agent],
    ['the named employee', employee],
    ['the administrator', administrator],
    ['another agent', otherAgent],
  ] as const) {
    await signOut(page, current.name);
    await signInAs(page, account.name, account.password);
    current = account;
    expect(secretsIn(await rawIndexedDb(page), secrets), `raw IndexedDB as ${who}`).toEqual([]);
  }
  // LevelDB writes its log on its own schedule: close the browser so everything is on disk, then read the profile.
  await context.close();
  const found = profileBytes(profile).flatMap((bytes) => secretsIn(bytes, secrets));
  if (process.env.KEEP_PROFILE) console.log('profile', profile);
  expect([...new Set(found)], 'the profile’s files on disk').toEqual([]);
  context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), args: chromiumArgs });
});
