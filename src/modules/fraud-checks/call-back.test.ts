import { describe, expect, it } from 'vitest';
import { callBackFor, nameMatches, numbersOnFile, type ClientDirectory } from './call-back.js';

const phone = (number: string) => ({ number, extension: '', label: 'work' });
const pinecrest: ClientDirectory = {
  organization: { id: 'pc', name: 'Pinecrest Logistics', mainPhone: { number: '+13125550100', extension: '' } },
  contacts: [
    { id: 'dana', organizationId: 'pc', name: 'Dana Whitfield', title: 'CFO', emails: ['dana.whitfield@pinecrestlogistics.com'], phones: [phone('+13125550147')] },
    { id: 'luis', organizationId: 'pc', name: 'Luis Ortega', title: 'AP', emails: ['luis@pinecrestlogistics.com'], phones: [phone('+13125550131')] },
    { id: 'it', organizationId: 'pc', name: 'IT', title: '', emails: ['it@pinecrestlogistics.com'], phones: [phone('+13125550111')] },
  ],
};

describe('who to call back', () => {
  it('recognises a contact’s name in a display name the way the scorer does', () => {
    expect(nameMatches('Dana Whitfield', 'Dana Whitfield')).toBe(true);
    expect(nameMatches('dana WHITFIELD (CFO)', 'Dana Whitfield')).toBe(true);
    expect(nameMatches('Dr. Dána Whitfield via DocuSign', 'Dana Whitfield')).toBe(true);
    expect(nameMatches('Dаna Whitfield', 'Dana Whitfield')).toBe(true); // Cyrillic а
    expect(nameMatches('Dana', 'Dana Whitfield')).toBe(false);
    expect(nameMatches('Dana Whitfield Accounts Payable Team Lead', 'Dana Whitfield')).toBe(false);
    expect(nameMatches('IT', 'IT')).toBe(false);
  });

  it('offers the contact with the sender’s address first, then those the name matches, and the main number', () => {
    const elsewhere = { id: 'dana2', organizationId: 'other', organizationName: 'Atlas Freight', name: 'Dana W.', title: '', emails: ['Dana.Whitfield@pinecrestlogistics.com'], phones: [phone('+13125550999')] };
    const cb = callBackFor({ address: 'DANA.WHITFIELD@PinecrestLogistics.com', name: 'Luis Ortega' }, pinecrest, [elsewhere, { ...pinecrest.contacts[0], organizationName: 'Pinecrest Logistics' }]);
    expect(cb.people.map((p) => [p.contactId, p.matchedBy])).toEqual([['dana', 'address'], ['dana2', 'address'], ['luis', 'name']]);
    expect(cb.mainNumber).toEqual({ organizationId: 'pc', organizationName: 'Pinecrest Logistics', number: '+13125550100', extension: '' });
    expect(cb.advice).toBe('Call Dana Whitfield or Dana W. or Luis Ortega on a number on file below and ask whether they sent this request. Never use a number, link or address given in the message.');
  });

  it('falls back to the main number, and without one tells the technician to find a number independently', () => {
    const stranger = { address: 'billing@pinecrest-payments.net', name: 'Accounts Team' };
    const main = callBackFor(stranger, pinecrest, []);
    expect(main.people).toEqual([]);
    expect(main.advice).toMatch(/^No number of their own is on file for Accounts Team <billing@pinecrest-payments\.net>: call Pinecrest Logistics's main number/);
    const bare: ClientDirectory = { ...pinecrest, organization: { ...pinecrest.organization, mainPhone: null }, contacts: [{ ...pinecrest.contacts[0], phones: [] }] };
    const none = callBackFor({ address: 'dana@pinecrestlogistics.co', name: 'Dana Whitfield' }, bare, []);
    expect(none.people.map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect(none.advice).toMatch(/^Dana Whitfield is in the directory but without a number\. No number is on file for Dana Whitfield <dana@pinecrestlogistics\.co>, and Pinecrest Logistics has no main number on file\. Find one yourself/);
    expect(none.advice).toMatch(/Never use a number, link or address given in the message\.$/);
  });

  it('counts every number of the client’s directory as on file, and the matched people’s', () => {
    const cb = callBackFor({ address: 'x@elsewhere.example', name: null }, pinecrest, [{ id: 'o', organizationId: 'other', organizationName: 'Other', name: 'Xavier', title: '', emails: ['x@elsewhere.example'], phones: [phone('+442079460000')] }]);
    expect([...numbersOnFile(cb, pinecrest)].sort()).toEqual(['+13125550100', '+13125550111', '+13125550131', '+13125550147', '+442079460000']);
  });
});
