import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, launchChromium, newContext, PASSWORD, signIn, startE2eWorld, type E2eWorld } from './support.js';

describe('a person’s own account in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    w = await startE2eWorld();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[account]: a technician changes their password; other browsers are signed out, this one is not', async () => {
    const olga = await addStaff(w, 'Olga Brandt', 'olga.brandt@msp.example');
    const desk = await newContext(browser);
    const page = await desk.newPage();
    await signIn(page, w.base, olga.email, '/queue/mine');
    const laptop = await newContext(browser);
    const other = await laptop.newPage();
    await signIn(other, w.base, olga.email, '/queue/mine');

    await page.getByRole('button', { name: 'Password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change your password' });
    await dialog.getByLabel('Current password').fill('not my password at all');
    await dialog.getByLabel('New password').fill('Password1234!');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText('That is not your current password').waitFor();
    await dialog.getByLabel('Current password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText(/commonly used/).waitFor();
    await dialog.getByLabel('New password').fill('tundra violet ferry 81');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('button', { name: 'Password changed' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    // This browser carries on; the other one is sent to sign in at its next request.
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await other.reload();
    await other.getByRole('heading', { name: 'Sign in' }).waitFor();
    await other.getByLabel('Email').fill(olga.email);
    await other.getByLabel('Password').fill(PASSWORD);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByText('That email and password do not match an account.').waitFor();
    await other.getByLabel('Password').fill('tundra violet ferry 81');
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('button', { name: 'Sign out' }).waitFor();
    await desk.close();
    await laptop.close();
  }, 60_000);
});
