// Story (issue 14): three desks, each its own browser context and IndexedDB, joined to a real office server and
// PostgreSQL. The agent records a telephone complaint and one about a named colleague; the manager's desk sees
// both within 3 s and assigns the investigator; the investigator's desk gets the staff complaint with its whole
// timeline; the agent's and the named employee's IndexedDB hold no byte of it; a reassignment purges it.
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { createFirstAdministrator } from '../../server/auth/first-admin';
import { migrate } from '../../server/db/migrate';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, routes } from '../../shared/sync';
import { postgresMissing, startPostgres, type PostgresCluster } from '../support/postgres';
import { assignInvestigator } from './steps/case-page';
import { fillComplaint, openNewComplaint } from './steps/record-complaint';
import { setUpDesk, signOut } from './steps/sign-in';

const SERVER_PORT = 45230;
const ORIGIN = `http://127.0.0.1:${SERVER_PORT}`;
const PASSWORD = 'correct horse battery staple';
const STAFF_CUSTOMER = 'Harriet Quennell';
const STAFF_WORDS = 'Priya was rude on the phone and hung up on me twice';
const hashing = { timeout: 20_000 };

const people = {
  agnes: { name: 'Agnes Agent', role: 'agent' },
  priya: { name: 'Priya Sharma', role: 'agent' },
  maria: { name: 'Maria Manager', role: 'complaints-manager' },
  ivan: { name: 'Ivan Investigator', role: 'agent' },
  irene: { name: 'Irene Investigator', role: 'agent' },
} as const;

let cluster: PostgresCluster | undefined;
let pool: pg.Pool | undefined;
let app: FastifyInstance | undefined;

test.skip(postgresMissing() !== null && process.env.CI !== 'true', postgresMissing() ?? '');

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgres();
  const database = await cluster.createDatabase('team_sync_e2e');
  await migrate(cluster.ownerUrl(database));
  pool = new pg.Pool({ connectionString: cluster.ownerUrl(database), max: 20 });
  app = await buildApp({ pool, deskAppDir: path.resolve(process.env.RENDERER_OUT_DIR ?? 'dist/renderer') });
  await app.listen({ host: '127.0.0.1', port: SERVER_PORT });
  await createFirstAdministrator(pool, { userName: 'admin', name: 'Ada Administrator', password: PASSWORD });
  const headers = { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  const session = (await (await fetch(`${ORIGIN}${routes.signIn}`, { method: 'POST', headers, body: JSON.stringify({ userName: 'admin', password: PASSWORD }) })).json()) as { token: string };
  for (const [userName, p] of Object.entries(people)) {
    const res = await fetch(`${ORIGIN}${routes.accounts}`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ userName, name: p.name, role: p.role, password: PASSWORD }),
    });
    expect(res.status, await res.text()).toBe(200);
  }
});

test.afterAll(async () => {
  await app?.close();
  await pool?.end();
  cluster?.stop();
});

/** The user name field: a list of names when the desk offers them (an administrator's choice), else a text box. */
function userNameBox(page: Page) {
  return page.getByRole('combobox', { name: 'User name' }).or(page.getByRole('textbox', { name: 'User name' }));
}

/** A fresh desk at the server's own origin: set up, joined from Settings, then the user signs in with the server. */
async function joinedDesk(browser: Browser, userName: keyof typeof people): Promise<Page> {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  await setUpDesk(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Connect to the office server' });
  await form.getByRole('textbox', { name: 'Office server address' }).fill(ORIGIN);
  await form.getByRole('button', { name: 'Test the connection' }).click();
  await expect(form.getByRole('status')).toContainText('answered');
  await form.getByRole('textbox', { name: 'Your user name on the office server' }).fill('admin');
  await form.getByRole('textbox', { name: 'Your password on the office server' }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Connect to the office server' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible(hashing);
  await userNameBox(page).fill(userName);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${people[userName].name}`) })).toBeVisible(hashing);
  await expect(page.getByRole('status', { name: /Office server: connected/ })).toBeVisible({ timeout: 10_000 });
  return page;
}

/** Every record of every table of the desk's IndexedDB stores, as text. */
async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        out.push([info.name, store, rows]);
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}

async function openWorkList(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' }).click();
  await page.getByRole('tab', { name: /^All/ }).click();
}

test('three desks share cases through the office server, and a complaint about staff reaches only its audience', async ({ browser }) => {
  test.setTimeout(240_000);
  const agent = await joinedDesk(browser, 'agnes');
  const manager = await joinedDesk(browser, 'maria');
  const investigator = await joinedDesk(browser, 'ivan');

  await openNewComplaint(agent);
  await fillComplaint(agent, { channel: 'Telephone', customerName: 'Gwen Telephone', customerContact: '07700 900123', summary: 'Two estimated bills in a row' });
  await agent.getByRole('button', { name: 'Record complaint' }).click();
  await expect(agent.getByRole('heading', { level: 1, name: /^JESQ-2026-\d{6}$/ })).toBeVisible();

  await openNewComplaint(agent);
  await fillComplaint(agent, { channel: 'Telephone', customerName: STAFF_CUSTOMER, customerContact: '07700 900456', summary: STAFF_WORDS });
  await agent.getByRole('checkbox', { name: 'This complaint is about a member of staff' }).check();
  await agent.getByRole('group', { name: 'Employees the complaint is about' }).getByRole('checkbox', { name: people.priya.name }).check();
  await agent.getByRole('button', { name: 'Record complaint' }).click();
  await expect(agent.getByText('You recorded this complaint. It is confidential and is being handled by the complaints manager.')).toBeVisible();
  const recordedAt = Date.now();

  await openWorkList(manager);
  await expect(manager.getByRole('row', { name: /Gwen Telephone/ })).toBeVisible({ timeout: 3_000 });
  await expect(manager.getByRole('row', { name: new RegExp(STAFF_CUSTOMER) })).toBeVisible({ timeout: Math.max(500, 3_000 - (Date.now() - recordedAt)) });
  await manager.getByRole('row', { name: new RegExp(STAFF_CUSTOMER) }).getByRole('link').first().click();
  await expect(manager.getByText(STAFF_WORDS).first()).toBeVisible();
  const caseUrl = new URL(manager.url()).hash;
  await assignInvestigator(manager, people.ivan.name);

  await investigator.goto(`/${caseUrl}`);
  await expect(investigator.getByText(STAFF_WORDS).first()).toBeVisible({ timeout: 10_000 });
  await expect(investigator.getByRole('region', { name: 'Timeline' }).getByText(/Investigator assigned|assigned/i).first()).toBeVisible({ timeout: 10_000 });

  // The agent's desk, and the named employee's (signed in on the agent's desk in turn), hold no byte of it.
  const agentBytes = await dumpIndexedDb(agent);
  expect(agentBytes).not.toContain(STAFF_CUSTOMER);
  expect(agentBytes).not.toContain('hung up on me');
  await signOut(agent, people.agnes.name);
  await userNameBox(agent).fill('priya');
  await agent.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await agent.getByRole('button', { name: 'Sign in' }).click();
  await expect(agent.getByRole('status', { name: /Office server: connected/ })).toBeVisible(hashing);
  await agent.waitForTimeout(1_500);
  const employeeBytes = await dumpIndexedDb(agent);
  expect(employeeBytes).not.toContain(STAFF_CUSTOMER);
  expect(employeeBytes).not.toContain('hung up on me');

  // Reassigned: the old investigator's desk loses it.
  await assignInvestigator(manager, people.irene.name);
  await expect(investigator.getByText(STAFF_WORDS)).toHaveCount(0, { timeout: 10_000 });
  await expect.poll(async () => (await dumpIndexedDb(investigator)).includes(STAFF_CUSTOMER), { timeout: 10_000 }).toBe(false);
});
