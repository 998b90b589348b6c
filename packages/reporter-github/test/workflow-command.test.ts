import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeData, escapeProperty, workflowCommand } from '../src/workflow-command.js';

test('escapes %, CR and LF in data', () => {
  assert.is(escapeData('50% off\r\nnext: a,b'), '50%25 off%0D%0Anext: a,b');
});

test('escapes :, and , in properties as well', () => {
  assert.is(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
});

test('escapes % first so escapes are not escaped twice', () => {
  assert.is(escapeData('%0A'), '%250A');
});

test('writes properties in order and leaves out undefined ones', () => {
  assert.is(workflowCommand('notice', { file: 'a.md', line: 3, col: undefined, title: 'x' }, 'hi'), '::notice file=a.md,line=3,title=x::hi');
  assert.is(workflowCommand('error', {}, 'hi'), '::error::hi');
});

test.run();
