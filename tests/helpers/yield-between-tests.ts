/**
 * Unit setup: one macrotask turn after every test.
 *
 * Some rows are long and synchronous on purpose (a 10 MB page, one sentence of
 * 100,000 figures). A file of such rows never returns to the worker's event
 * loop between them (awaiting a synchronous test yields only microtasks), so
 * vitest's own messages to the main process wait behind the whole file and
 * time out after 60 s on a loaded machine ("Timeout calling onTaskUpdate").
 * Yielding once per test lets those messages through; it times nothing.
 */
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
