import sharp from 'sharp';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeImage } from '../../src/image/analyze-image.js';
import { readRightsMetadata } from '../../src/image/rights-metadata.js';
import { withIptc, xmpPacket } from './metadata-fixtures.js';

const test = suite('rights metadata');
const plain = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#7a5230' } }).jpeg();

test('EXIF Copyright and Artist, written by sharp and read back through exif-reader', async () => {
  const bytes = await plain().withExif({ IFD0: { Copyright: 'Copyright 2024 Northwind Imaging', Artist: 'Dana Example' } }).toBuffer();
  assert.equal((await analyzeImage(bytes)).rights, [
    { field: 'EXIF Copyright', value: 'Copyright 2024 Northwind Imaging' },
    { field: 'EXIF Artist', value: 'Dana Example' },
  ]);
});

test('IPTC by-line, credit and copyright notice from a Photoshop APP13 block; other datasets ignored', async () => {
  const bytes = withIptc(await plain().toBuffer(), [
    [5, 'Object name that is no rights field'],
    [80, 'Lee Sample'],
    [110, 'Contoso Stock Agency'],
    [116, '© 2023 Contoso Stock Agency'],
  ]);
  assert.equal((await analyzeImage(bytes)).rights, [
    { field: 'IPTC By-line', value: 'Lee Sample' },
    { field: 'IPTC Credit', value: 'Contoso Stock Agency' },
    { field: 'IPTC Copyright Notice', value: '© 2023 Contoso Stock Agency' },
  ]);
});

test('XMP dc:rights, dc:creator, photoshop:Credit and plus:Licensor, as elements and as attributes', async () => {
  const xmp = xmpPacket(
    '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© Fabrikam &amp; Sons</rdf:li></rdf:Alt></dc:rights>' +
      '<dc:creator><rdf:Seq><rdf:li>Ana One</rdf:li><rdf:li>Ben Two</rdf:li></rdf:Seq></dc:creator>' +
      '<plus:Licensor><rdf:Seq><rdf:li rdf:parseType="Resource"><plus:LicensorName>Tailspin Pictures</plus:LicensorName><plus:LicensorURL>https://example.com</plus:LicensorURL></rdf:li></rdf:Seq></plus:Licensor>',
  ).replace('<rdf:Description rdf:about=""', '<rdf:Description rdf:about="" photoshop:Credit="Wide World Photo Desk"');
  const bytes = await plain().withXmp(xmp).toBuffer();
  assert.equal((await analyzeImage(bytes)).rights, [
    { field: 'XMP dc:rights', value: '© Fabrikam & Sons' },
    { field: 'XMP dc:creator', value: 'Ana One; Ben Two' },
    { field: 'XMP photoshop:Credit', value: 'Wide World Photo Desk' },
    { field: 'XMP plus:Licensor', value: 'Tailspin Pictures' },
  ]);
});

test('no metadata, empty values and broken blocks give nothing', async () => {
  assert.equal((await analyzeImage(await plain().toBuffer())).rights, []);
  assert.equal(readRightsMetadata({ exif: Buffer.from('Exif\0\0garbage'), iptc: Buffer.from([0x1c, 0x02, 80, 0xff, 0xff, 65]), xmp: Buffer.from('<dc:rights>  </dc:rights><dc:creator>&#xFFFFFFF;</dc:creator>') }), []);
});

test.run();
