import type { Executor } from './db';

/**
 * Domain events: a module says what happened ("a response was accepted") and other modules act on
 * it — the notifications will tell the helper — without the first knowing them. A handler runs in
 * the publisher's transaction, so what it writes commits or rolls back with the event itself.
 *
 * Modules declare their events by augmenting this registry (event name → payload type).
 */
// biome-ignore lint/suspicious/noEmptyInterface: augmented by the modules that publish events
export interface EventRegistry {}

export type EventName = keyof EventRegistry & string;
export type EventHandler<N extends EventName> = (tx: Executor, payload: EventRegistry[N]) => Promise<void>;
export type EventHandlers = { [N in EventName]?: EventHandler<N> };

const subscribers = new Map<string, EventHandler<never>[]>();

export function subscribe(handlers: EventHandlers): void {
  for (const [name, handler] of Object.entries(handlers)) {
    if (!handler) continue;
    const list = subscribers.get(name) ?? [];
    if (!list.includes(handler as EventHandler<never>)) list.push(handler as EventHandler<never>);
    subscribers.set(name, list);
  }
}

/** Tells every subscriber, in order, inside `tx`; a failing subscriber fails the publisher's transaction. */
export async function publish<N extends EventName>(tx: Executor, name: N, payload: EventRegistry[N]): Promise<void> {
  for (const handler of subscribers.get(name) ?? []) await (handler as EventHandler<N>)(tx, payload);
}

/** Forget every subscriber (tests that build their own app). */
export function clearSubscribers(): void {
  subscribers.clear();
}
