/**
 * One contract suite for every EventBus backend (in-process, Redis pub/sub). For Redis, the
 * factory returns two buses on separate connections, as a web and a worker process would have.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EventBus, SuggestionEvents } from '../../src/core/ports.js';

export type BusFactory = () => Promise<{ publisher: EventBus; subscriber: EventBus }>;

type Received = { type: keyof SuggestionEvents; payload: SuggestionEvents[keyof SuggestionEvents] };

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Registers the suite for one backend. */
export function eventBusContract(backend: string, factory: BusFactory, options: { skipReason?: string } = {}): void {
  const suite = options.skipReason ? describe.skip : describe;
  suite(`EventBus contract: ${backend}`, () => {
    const buses: EventBus[] = [];
    const open = async () => {
      const made = await factory();
      buses.push(made.publisher, made.subscriber);
      return made;
    };
    afterEach(async () => {
      for (const bus of new Set(buses.splice(0))) await bus.close();
    });

    it('delivers ready and failed events with their payloads to every subscriber', async () => {
      const { publisher, subscriber } = await open();
      const a: Received[] = [];
      const b: Received[] = [];
      subscriber.subscribe((type, payload) => a.push({ type, payload }));
      subscriber.subscribe((type, payload) => b.push({ type, payload }));
      await publisher.publish('suggestions-ready', { clientKey: 'k1', contentId: '10', version: 2 });
      await publisher.publish('suggestions-failed', { clientKey: 'k1', contentId: '11', version: 1, code: 'text-too-short' });
      await until(() => a.length === 2 && b.length === 2);
      expect(a).toEqual([
        { type: 'suggestions-ready', payload: { clientKey: 'k1', contentId: '10', version: 2 } },
        { type: 'suggestions-failed', payload: { clientKey: 'k1', contentId: '11', version: 1, code: 'text-too-short' } },
      ]);
      expect(b).toEqual(a);
    });

    it('stops delivering after unsubscribe', async () => {
      const { publisher, subscriber } = await open();
      const got: Received[] = [];
      const control: Received[] = [];
      const off = subscriber.subscribe((type, payload) => got.push({ type, payload }));
      subscriber.subscribe((type, payload) => control.push({ type, payload }));
      off();
      await publisher.publish('suggestions-ready', { clientKey: 'k', contentId: '1', version: 1 });
      await until(() => control.length === 1);
      expect(got).toEqual([]);
    });

    it('isolates a throwing subscriber', async () => {
      const { publisher, subscriber } = await open();
      const got: Received[] = [];
      subscriber.subscribe(() => {
        throw new Error('boom');
      });
      subscriber.subscribe((type, payload) => got.push({ type, payload }));
      await expect(publisher.publish('suggestions-ready', { clientKey: 'k', contentId: '1', version: 1 })).resolves.toBeUndefined();
      await until(() => got.length === 1);
    });

    it('refuses malformed events and strips unknown fields', async () => {
      const { publisher, subscriber } = await open();
      const got: Received[] = [];
      subscriber.subscribe((type, payload) => got.push({ type, payload }));
      await expect(publisher.publish('suggestions-ready', { clientKey: '', contentId: '1', version: 1 })).rejects.toThrow(/clientKey/);
      await expect(publisher.publish('nope' as 'suggestions-ready', { clientKey: 'k', contentId: '1', version: 1 })).rejects.toThrow(/unknown type/);
      const extra = { clientKey: 'k', contentId: '1', version: 1, title: 'secret title' } as SuggestionEvents['suggestions-ready'];
      await publisher.publish('suggestions-ready', extra);
      await until(() => got.length === 1);
      expect(got[0]?.payload).toEqual({ clientKey: 'k', contentId: '1', version: 1 });
    });
  });
}
