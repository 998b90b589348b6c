// Preloaded with --import into a child process (and inherited by its worker threads):
// any attempt to open a socket, resolve a name or fetch throws.
import dns from 'node:dns';
import net from 'node:net';

const refuse = (what) => () => {
  throw new Error(`network access attempted: ${what}`);
};
net.connect = net.createConnection = refuse('net.connect');
net.Socket.prototype.connect = refuse('net.Socket.connect');
dns.lookup = dns.resolve = refuse('dns');
dns.promises.lookup = dns.promises.resolve = refuse('dns.promises');
globalThis.fetch = refuse('fetch');
