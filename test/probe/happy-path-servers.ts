import { createServer, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import { parseFaultPlan } from '../../src/contract/fault-plan.js';
import { startMockProvider, type MockProvider } from '../../src/mock/server.js';

// Loopback servers for the happy path tests; every one is closed by the returned closer.

export type Closer = () => Promise<void>;

export async function mockServer(plan: string, closers: Closer[]): Promise<MockProvider> {
  const mock = await startMockProvider({ plan: parseFaultPlan(plan) });
  closers.push(() => mock.close());
  return mock;
}

/** A plain HTTP server on 127.0.0.1; returns its base URL with the /v1 prefix. */
export async function rawServer(handler: RequestListener, closers: Closer[]): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

/** A loopback port that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A loopback port where a TCP connect stalls: a listener with a backlog of one whose thread never
 * calls accept(), and whose accept queue is already full. The kernel then drops further SYNs, so
 * the next connect waits, which is exactly the phase a connect timeout bounds.
 */
export async function stalledConnectPort(closers: Closer[]): Promise<number> {
  const release = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const server = require('node:net').createServer();
     server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
       parentPort.postMessage(server.address().port);
       // Block this thread's event loop so nothing is ever accepted, until released.
       const deadline = Date.now() + 20000;
       while (Atomics.load(workerData, 0) === 0 && Date.now() < deadline) {
         Atomics.wait(workerData, 0, 0, 50);
       }
       server.close();
     });`,
    { eval: true, workerData: release },
  );
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const fillers: Socket[] = [];
  closers.push(async () => {
    for (const socket of fillers) socket.destroy();
    Atomics.store(release, 0, 1);
    Atomics.notify(release, 0);
    await worker.terminate();
  });
  // Fill the accept queue: connections complete in the kernel until it is full.
  for (let i = 0; i < 16; i++) {
    const socket = connect(port, '127.0.0.1');
    fillers.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 200);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(true);
      });
      socket.once('error', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (!connected) return port;
  }
  throw new Error('the accept queue never filled; a stalled connect cannot be staged here');
}
