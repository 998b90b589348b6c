/** IPTC-IIM datasets of record 2 (number → text), as a JPEG APP13 Photoshop resource block inserted after the SOI marker. */
export function withIptc(jpeg: Buffer, datasets: Array<[number, string]>): Buffer {
  const iim = Buffer.concat(
    datasets.map(([dataset, text]) => {
      const value = Buffer.from(text, 'utf8');
      const head = Buffer.from([0x1c, 0x02, dataset, 0, 0]);
      head.writeUInt16BE(value.length, 3);
      return Buffer.concat([head, value]);
    }),
  );
  const padded = iim.length % 2 === 0 ? iim : Buffer.concat([iim, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  // 8BIM resource 0x0404 (IPTC-NAA), empty Pascal name padded to two bytes.
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, padded]);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const marker = Buffer.from([0xff, 0xed, 0, 0]);
  marker.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), marker, body, jpeg.subarray(2)]);
}

/** An XMP packet with the given rights properties (already-escaped XML inside rdf:Description). */
export function xmpPacket(properties: string): string {
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">' +
    properties +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}
