import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isKnownOffice, isLive, officeKey, territoriesOf } from '../../src/legal/offices.js';
import type { Registration } from '../../src/types.js';

const reg = (office: string, extra: Partial<Registration> = {}): Registration => ({ office, number: '1', classes: [9], status: 'registered', ...extra });

test('offices map to their territories', () => {
  assert.equal(territoriesOf(reg('USPTO')), ['US']);
  assert.equal(territoriesOf(reg('UKIPO')), ['GB']);
  assert.equal(territoriesOf(reg('CNIPA')), ['CN']);
  assert.equal(territoriesOf(reg('JPO')), ['JP']);
  assert.equal(territoriesOf(reg('CIPO')), ['CA']);
  assert.equal(territoriesOf(reg('IP Australia')), ['AU']);
  assert.equal(territoriesOf(reg('DPMA')), ['DE']);
  assert.equal(territoriesOf(reg('INPI')), ['FR']);
  assert.equal(territoriesOf(reg('INPI-BR')), ['BR']);
  assert.equal(territoriesOf(reg('BOIP')), ['NL', 'BE', 'LU']);
});

test('EUIPO covers the EU and its 27 members, not GB', () => {
  const territories = territoriesOf(reg('EUIPO'));
  assert.is(territories.length, 28);
  assert.is(territories.includes('DE'), true);
  assert.is(territories.includes('GB'), false);
});

test('WIPO covers its designations only; EM designates the EU', () => {
  assert.equal(territoriesOf(reg('WIPO', { designations: ['JP', 'AU'] })), ['JP', 'AU']);
  assert.equal(territoriesOf(reg('WIPO')), []);
  assert.is(territoriesOf(reg('WIPO', { designations: ['EM'] })).includes('FR'), true);
});

test('an unknown office covers its name when it is a country code, else nothing', () => {
  assert.equal(territoriesOf(reg('KR')), ['KR']);
  assert.equal(territoriesOf(reg('Acme Registry')), []);
  assert.is(isKnownOffice('ip australia'), true);
  assert.is(isKnownOffice('wipo'), true);
  assert.is(isKnownOffice('Acme Registry'), false);
  assert.is(officeKey('IP Australia'), 'IPAUSTRALIA');
});

test('registered and pending count; dead, expired, cancelled do not', () => {
  assert.equal(
    (['registered', 'pending', 'dead', 'expired', 'cancelled'] as const).map((status) => isLive(reg('USPTO', { status }))),
    [true, true, false, false, false],
  );
});

test.run();
