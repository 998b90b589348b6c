import sharp from 'sharp';
const { data, info } = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#808080' } }).raw().toBuffer({ resolveWithObject: true });
const g = await sharp(data, { raw: { width: 40, height: 30, channels: 3 } }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
console.log(info, g.info);
const g2 = await sharp(data, { raw: { width: 40, height: 30, channels: 3 } }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
const g3 = await sharp(data, { raw: { width: 40, height: 30, channels: 3 } }).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
console.log(g2.info, g3.info);
const r = await sharp(g3.data, { raw: { width: 40, height: 30, channels: 1 } }).resize(32,32,{fit:'fill'}).raw().toBuffer({ resolveWithObject: true });
console.log(r.info);
