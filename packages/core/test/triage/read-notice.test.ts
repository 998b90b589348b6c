import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { extractClaims } from '../../src/triage/extract-claims.js';
import { ownerKey, sameOwner } from '../../src/triage/owner-name.js';
import { decodeHeader, htmlToText, readNotice } from '../../src/triage/read-notice.js';
import { usptoStatus } from '../../src/registry/uspto-status.js';

const test = suite('triage: notices, claims, owners, status codes');

test('a multipart mail: the plain part of an alternative, quoted-printable soft breaks and UTF-8 bytes decoded', () => {
  const mail = [
    'From: Shop <a@example.com>',
    'Subject: =?ISO-8859-1?Q?R=E9clamation?=',
    'Date: Mon, 02 Nov 2026 10:00:00 +0100',
    'Content-Type: multipart/alternative; boundary=b1',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Trademark: CAF=C3=89 NOIR',
    'A long line that is bro=',
    'ken here.',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>ignored</p>',
    '--b1--',
    '',
  ].join('\r\n');
  const notice = readNotice(mail, 'n.eml');
  assert.equal(notice, { text: 'Trademark: CAFÉ NOIR\nA long line that is broken here.', from: 'Shop <a@example.com>', subject: 'Réclamation', receivedAt: '2026-11-02T09:00:00.000Z' });
});

test('HTML only: blocks become lines, cells a space, entities decoded, style dropped; base64 decoded', () => {
  assert.is(htmlToText('<style>p{}</style><p>Rights owner:&nbsp;A &amp; B</p><table><tr><td>ASIN:</td><td>B0X</td></tr></table>&#x2122;'), 'Rights owner: A & B\n\nASIN: B0X\n\n™');
  const html = Buffer.from('<div>Trademark: ORBIQ</div><div>Complaint ID: 77</div>').toString('base64');
  const mail = `Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${html}\n`;
  assert.is(readNotice(mail, 'x.eml').text, 'Trademark: ORBIQ\n\nComplaint ID: 77');
  assert.is(decodeHeader('=?UTF-8?B?w6k=?= and =?UTF-8?Q?a_b?='), 'é and a b');
});

test('a .txt that is not a mail is read as it is', () => {
  assert.equal(readNotice('Trademark: X1\r\nASIN: B0\r\n', 'n.txt'), { text: 'Trademark: X1\nASIN: B0\n' });
});

test('claims: a repeated label starts the next claim; the rights owner and the prose mark apply to all', () => {
  const { source, claims } = extractClaims({
    text: [
      'The rights owner is asserting that the products infringe the following trademark: ORBIQ',
      'Rights owner: Orbiq Labs Inc.',
      'ASIN: B0AAAAAAA1',
      'Infringement type: Trademark',
      'Trademark number: 1,234,567',
      'Complaint ID: 1',
      '',
      'ASIN: B0AAAAAAA2',
      'Infringement type: Counterfeit',
      'Complaint ID: 2',
    ].join('\n'),
  });
  assert.is(source, 'amazon');
  assert.equal(
    claims.map((c) => [c.asin?.value, c.type?.value, c.mark?.value, c.number?.value, c.rightsOwner?.value, c.rightsOwner?.shared ?? false, c.complaintId?.value]),
    [
      ['B0AAAAAAA1', 'trademark', 'ORBIQ', '1234567', 'Orbiq Labs Inc.', false, '1'],
      ['B0AAAAAAA2', 'counterfeit', 'ORBIQ', '1234567', 'Orbiq Labs Inc.', true, '2'],
    ],
  );
});

test('claims: a number with its office, a serial, a URL with an ASIN, a country as the office, a numeric "Trademark:"', () => {
  const { claims } = extractClaims({ text: 'Registration number: Reg. No. 7,011,111 (USPTO)\nURL: https://www.amazon.com/dp/B0ZEPH0001?th=1\nTrademark: ZEPHYRA' });
  assert.equal([claims[0].number?.value, claims[0].number?.kind, claims[0].office?.value, claims[0].asin?.value, claims[0].mark?.value], ['7011111', 'registration', 'USPTO', 'B0ZEPH0001', 'ZEPHYRA']);
  const serial = extractClaims({ text: 'Serial number: 98444444\nCountry of registration: China\nTrademark: 41234567' }).claims[0];
  assert.equal([serial.number?.value, serial.number?.kind, serial.office?.value], ['98444444', 'serial', 'CNIPA']);
  // "contact us" names no office: country codes count only in capitals.
  assert.is(extractClaims({ text: 'Trademark: ORBIQ\nJurisdiction: please contact us' }).claims[0].office, undefined);
});

test('no claim in a thank-you mail', () => {
  assert.equal(extractClaims({ text: 'Thank you for your order.\nIt ships today.' }).claims, []);
});

test('owner names compare without case, punctuation or legal forms; the last word only when it is a form', () => {
  assert.is(ownerKey('Zephyra Apparel, Inc.'), 'zephyra apparel');
  assert.is(ownerKey('VOLTARO ELECTRONICS GMBH'), 'voltaro electronics');
  assert.ok(sameOwner('Nordic Toys A/S', 'nordic toys'));
  assert.ok(sameOwner('Acme S.A.', 'ACME'));
  assert.ok(sameOwner('Kestrella Corp.', 'Kestrella Corporation'));
  assert.not.ok(sameOwner('Brightline Trading Ltd.', 'Voltaro Electronics GmbH'));
  assert.is(ownerKey('Limited'), 'limited');
});

test('USPTO status codes by range; unknown codes count as pending', () => {
  assert.equal(['602', '686', '700', '710', '800', '900', '401', 'x', ''].map(usptoStatus), ['dead', 'pending', 'registered', 'cancelled', 'registered', 'expired', 'pending', 'pending', 'pending']);
});

test.run();
