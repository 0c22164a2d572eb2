import { connect, createServer, type Server, type Socket } from 'node:net';

/** A forward proxy on loopback that tunnels CONNECT requests (as municipal proxies do for https), or refuses. */
export interface ConnectProxy {
    url: string;
    /** The `host:port` of every CONNECT it received. */
    tunnels: string[];
    close(): Promise<void>;
}

/**
 * Starts the proxy. `refuse` answers every CONNECT with 407 Proxy Authentication Required, the answer of a proxy
 * that wants credentials. Written with node:net only, so that nothing of the client's own proxy code is reused.
 */
export function startConnectProxy(options: { refuse?: boolean } = {}): Promise<ConnectProxy> {
    const tunnels: string[] = [];
    const sockets = new Set<Socket>();
    const server: Server = createServer(client => {
        sockets.add(client);
        client.on('close', () => sockets.delete(client));
        client.on('error', () => undefined);
        let head = Buffer.alloc(0);
        const onData = (chunk: Buffer) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) return;
            client.off('data', onData);
            const [requestLine = ''] = head.subarray(0, end).toString('latin1').split('\r\n');
            const [method, target] = requestLine.split(' ');
            if (method !== 'CONNECT' || !target) {
                client.end('HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n');
                return;
            }
            tunnels.push(target);
            if (options.refuse) {
                client.end(
                    'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="kommunen"\r\nContent-Length: 0\r\n\r\n'
                );
                return;
            }
            const separator = target.lastIndexOf(':');
            const upstream = connect(Number(target.slice(separator + 1)), target.slice(0, separator), () => {
                client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
                const rest = head.subarray(end + 4);
                if (rest.length > 0) upstream.write(rest);
                client.pipe(upstream).pipe(client);
            });
            sockets.add(upstream);
            upstream.on('close', () => sockets.delete(upstream));
            upstream.on('error', () => client.destroy());
        };
        client.on('data', onData);
    });
    return new Promise(resolve => {
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            resolve({
                url: `http://127.0.0.1:${port}`,
                tunnels,
                close: () =>
                    new Promise<void>(done => {
                        for (const socket of sockets) socket.destroy();
                        server.close(() => done());
                    })
            });
        });
    });
}
