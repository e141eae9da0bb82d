import { Hono } from 'hono';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listen } from './serve';

describe('keep-alive connections', () => {
  it('stay open when idle for longer than Node’s 5-second default', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text('ok'));
    const port = await new Promise<number>((resolve) => {
      const server = listen(app, { port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
      servers.push(server);
    });
    const socket = connect(port, '127.0.0.1');
    let closed = false;
    socket.on('close', () => {
      closed = true;
    });
    const ask = () =>
      new Promise<string>((resolve) => {
        socket.once('data', (chunk) => resolve(String(chunk)));
        socket.write('GET / HTTP/1.1\r\nHost: samen.test\r\nConnection: keep-alive\r\n\r\n');
      });
    expect(await ask()).toContain('200 OK');
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(closed).toBe(false);
    expect(await ask()).toContain('200 OK');
    socket.destroy();
    for (const server of servers) server.close();
  }, 15_000);
});

const servers: { close: () => void }[] = [];
