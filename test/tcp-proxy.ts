import net from 'node:net';

/**
 * How the proxy treats traffic: `pass` forwards it; `refuse` closes every open connection and stops
 * listening, so new ones are refused (ECONNREFUSED), as when the database is down; `blackhole`
 * keeps every connection open but forwards nothing either way and never connects new ones onward,
 * as when packets are dropped on the way or the server hangs.
 */
export type ProxyMode = 'pass' | 'refuse' | 'blackhole';

export interface TcpProxy {
  port: number;
  mode(): ProxyMode;
  setMode(mode: ProxyMode): Promise<void>;
  /** `url` with its host and port replaced by the proxy's. */
  through(url: string): string;
  /** Connections open through the proxy now (both held and forwarding). */
  connections(): number;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream?: net.Socket;
}

/** A TCP proxy on 127.0.0.1 in front of `target`, for tests that take the database away. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let current: ProxyMode = 'pass';
  const pairs = new Set<Pair>();

  const drop = (pair: Pair) => {
    pairs.delete(pair);
    pair.client.destroy();
    pair.upstream?.destroy();
  };

  /** Forwards `from` to `to` while passing; held data waits in the sockets, as in a stalled network. */
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => {
      if (!to.write(chunk)) from.pause();
    });
    to.on('drain', () => {
      if (current === 'pass') from.resume();
    });
  };

  const connectOnward = (pair: Pair) => {
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on('error', () => drop(pair));
    upstream.on('close', () => drop(pair));
    forward(pair.client, upstream);
    forward(upstream, pair.client);
    pair.client.resume();
  };

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    const pair: Pair = { client };
    pairs.add(pair);
    client.on('error', () => drop(pair));
    client.on('close', () => drop(pair));
    // A black hole accepts the connection (the kernel does) and then never answers.
    if (current === 'pass') connectOnward(pair);
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    mode: () => current,
    async setMode(mode) {
      const previous = current;
      if (mode === previous) return;
      current = mode;
      if (mode === 'refuse') {
        for (const pair of [...pairs]) drop(pair);
        await stopListening();
        return;
      }
      if (previous === 'refuse') await listen(port);
      for (const pair of pairs) {
        if (mode === 'blackhole') {
          pair.client.pause();
          pair.upstream?.pause();
        } else if (pair.upstream) {
          pair.client.resume();
          pair.upstream.resume();
        } else {
          connectOnward(pair);
        }
      }
    },
    through(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    connections: () => pairs.size,
    async close() {
      for (const pair of [...pairs]) drop(pair);
      if (current !== 'refuse') await stopListening();
    },
  };
}
