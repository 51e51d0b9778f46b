import { describe, expect, it } from 'vitest';
import { visibleText } from './visible-text.js';

const visible = (s: string) => visibleText(s).text;

describe('visibleText', () => {
  it('cuts an English attribution and the quote below it', () => {
    expect(visible('Thanks, fixed now.\n\nOn Mon, 2 Dec 2024 at 09:14, Ana Ruiz <ana@client.example> wrote:\n> The printer is offline.\n')).toBe('Thanks, fixed now.');
  });

  it('recognises attributions wrapped over lines and in other languages', () => {
    expect(visible('Danke!\n\nAm 02.12.2024 um 09:14 schrieb Ana Ruiz <ana@client.example>:\n> Drucker offline')).toBe('Danke!');
    expect(visible('Merci\n\nLe lun. 2 déc. 2024 à 09:14, Ana Ruiz <ana@client.example>\na écrit :\n> Imprimante')).toBe('Merci');
    expect(visible('Ok\n\nEl 2 dic 2024, a las 9:14, Ana <ana@client.example> escribió:\n> x')).toBe('Ok');
    expect(visible('Спасибо\n\nпн, 2 дек. 2024 г. в 09:14, Ana <ana@client.example>:\n> x')).toBe('Спасибо');
  });

  it('cuts Outlook header blocks and original-message separators', () => {
    expect(visible('Done.\n\n________________________________\nFrom: Ana Ruiz <ana@client.example>\nSent: Monday, 2 December 2024 09:14\nTo: Desk\nSubject: Printer\n\nold text')).toBe('Done.');
    expect(visible('Erledigt.\n\nVon: Ana Ruiz\nGesendet: Montag, 2. Dezember 2024 09:14\nAn: Desk\nBetreff: Drucker\n\nalt')).toBe('Erledigt.');
    expect(visible('See below.\n\n-----Original Message-----\nFrom: a@b.example\nold')).toBe('See below.');
  });

  it('cuts the signature delimiter and mobile signatures but keeps sentences that look alike', () => {
    expect(visible('Works now.\n\n-- \nAna Ruiz\nAcme Ltd')).toBe('Works now.');
    expect(visible('Works now.\n\nSent from my iPhone')).toBe('Works now.');
    expect(visible('I sent it from my desk.\n\nSent from my desk, which is easier than my phone.')).toBe('I sent it from my desk.\n\nSent from my desk, which is easier than my phone.');
    expect(visible('Steps:\n-- first check the cable\n-- then restart')).toBe('Steps:\n-- first check the cable\n-- then restart');
  });

  it('keeps the answers of an interleaved reply and drops the quotes between them', () => {
    const text = 'On Mon, 2 Dec 2024 at 09:14, Ana <ana@client.example> wrote:\n> Is the VPN up?\n\nYes, since 9:00.\n\n> And the printer?\n\nStill broken.\n\n-- \nTech';
    const v = visibleText(text);
    expect(v.text).toBe('Yes, since 9:00.\n\nStill broken.');
    expect(v.interleaved).toBe(true);
  });

  it('does not take ordinary sentences starting with "On" or mentioning "from:" for quote headers', () => {
    const text = 'On the other hand, the laptop works.\nOn average it takes 5 minutes.\nThe data comes from: our database.';
    expect(visible(text)).toBe(text);
  });

  it('shows the whole text of a bare forward rather than nothing', () => {
    const text = '---------- Forwarded message ---------\nFrom: Bank <info@bank.example>\nDate: Mon, 2 Dec 2024\nSubject: Invoice\n\nPlease pay.';
    expect(visibleText(text)).toMatchObject({ trimmed: false, cut: null });
    expect(visible(text)).toContain('Please pay.');
  });

  it('stays fast on a hostile body', () => {
    const body = `${'>'.repeat(500_000)}\nOn ${'x'.repeat(100_000)}`;
    expect(visibleText(body).text.length).toBeGreaterThan(0);
  });
});
