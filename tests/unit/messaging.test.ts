import { afterEach, describe, expect, it, vi } from 'vitest';
import { answering, forgetAtPlanner, isPlannerMessage, PLANNER_PORT, sendToBackground, sendToTab, type Sender } from '@/utils/messaging';
import { ScriptLifetime } from '@/utils/live/script-lifetime';

/**
 * The browsers' own messaging, as Chrome has it: a listener answers through
 * `sendResponse`, and only after returning true may it answer later; what it
 * returns otherwise is dropped (a promise included). Answers are cloned.
 */
function chromeLikeChannel(listener: (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => unknown, sender: Sender) {
  const deliver = (message: unknown) =>
    new Promise((resolve) => {
      let open = true;
      const kept = listener(structuredClone(message), sender, (answer) => {
        if (open) resolve(structuredClone(answer));
        open = false;
      });
      if (kept !== true && open) {
        open = false;
        resolve(undefined);
      }
    });
  return { runtime: { sendMessage: deliver }, tabs: { sendMessage: (_tabId: number, message: unknown) => deliver(message) } };
}

/** Puts `api` where `extensionApi()` finds it (WXT's fake browser is put back after each test). */
const saved = (globalThis as { browser?: unknown }).browser;
const use = (api: unknown) => ((globalThis as { browser?: unknown }).browser = api);
afterEach(() => use(saved));

describe('messages between the content script and the extension', () => {
  it('answers with what the handler returns or resolves to, in the browsers own API (sendResponse, not a returned promise)', async () => {
    const seen: Sender[] = [];
    use(
      chromeLikeChannel(
        answering({
          getState: async () => ({ url: 'https://example.com/a', enabled: true, alwaysReader: false, showingOriginal: false, hidden: 3, rules: [], errors: [] }),
          hiddenCount: (_m: unknown, sender: Sender) => void seen.push(sender),
          testRule: () => null,
        } as never),
        { tab: { id: 7, index: 0 }, frameId: 0 },
      ),
    );
    await expect(sendToTab(7, { type: 'getState' })).resolves.toMatchObject({ url: 'https://example.com/a', hidden: 3 });
    await expect(sendToTab(7, { type: 'testRule', rule: {} as never })).resolves.toBeNull();
    await expect(sendToBackground({ type: 'hiddenCount', count: 3 })).resolves.toBeUndefined();
    expect(seen).toEqual([{ tab: { id: 7, index: 0 }, frameId: 0 }]);
  });

  it("rejects the sender's promise with the handler's error, thrown or rejected", async () => {
    use(
      chromeLikeChannel(
        answering({
          saveUserRule: async () => {
            throw new Error('Storage is full: the rule was not saved.');
          },
          startPlanner: () => {
            throw new Error('no planner');
          },
        } as never),
        {},
      ),
    );
    await expect(sendToBackground({ type: 'saveUserRule', rule: {} as never })).rejects.toThrow('Storage is full: the rule was not saved.');
    await expect(sendToBackground({ type: 'startPlanner' })).rejects.toThrow('no planner');
  });

  it('leaves messages it has no handler for to other listeners, whatever their shape', () => {
    const listener = answering({ getState: () => 1 } as never);
    const answers: unknown[] = [];
    for (const message of [null, 'getState', { type: 3 }, { type: 'snapshot' }, { type: 'constructor' }, { type: '__proto__' }, { type: 'toString' }, { kind: 'getState' }]) {
      expect(listener(message, {}, (a) => answers.push(a))).toBeUndefined();
    }
    expect(answers).toEqual([]);
  });
});

describe("the planner's messages", () => {
  it('tells the planner over a port of its own to let go of a copy, a message only the planner takes', () => {
    const posted: unknown[] = [];
    const events: string[] = [];
    use({
      runtime: {
        connect: ({ name }: { name: string }) => {
          events.push(`connect ${name}`);
          return {
            onDisconnect: { addListener: () => {} },
            postMessage: (m: unknown) => {
              events.push('post');
              posted.push(structuredClone(m));
            },
            disconnect: () => events.push('disconnect'),
          };
        },
      },
    });
    forgetAtPlanner('k-1');
    expect(events).toEqual([`connect ${PLANNER_PORT}`, 'post', 'disconnect']);
    expect(posted).toEqual([{ type: 'forgetCopy', key: 'k-1' }]);
    expect(isPlannerMessage(posted[0])).toBe(true);
    for (const m of [{ type: 'forgetCopy' }, { type: 'forgetCopy', key: 1 }, { type: 'planCopy', key: 'k-1' }, { type: 'planCopy', request: { changes: [] } }, null]) {
      expect(isPlannerMessage(m)).toBe(false);
    }
    expect(isPlannerMessage({ type: 'planCopy', request: { changes: [], key: 'k-1' } })).toBe(true);
  });

  it('tells nothing, and throws nothing, when the extension is gone', () => {
    use({
      runtime: {
        connect: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    });
    expect(() => forgetAtPlanner('k-1')).not.toThrow();
  });
});

describe('an answer with no one left to take it', () => {
  it('is dropped quietly when sendResponse throws (the sender went away)', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      let calls = 0;
      const kept = answering({ getState: async () => 1 } as never)({ type: 'getState' }, {}, () => {
        calls++;
        throw new Error('Attempting to use a disconnected port object');
      });
      expect(kept).toBe(true);
      await vi.waitFor(() => expect(calls).toBe(1));
      await new Promise((resolve) => setImmediate(resolve)); // Node reports unhandled rejections once the microtasks ran
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('ScriptLifetime', () => {
  it('is valid while the extension runs, then calls its callbacks once when first found orphaned', () => {
    let connected = true;
    const lifetime = new ScriptLifetime(() => connected);
    const calls: string[] = [];
    lifetime.onInvalidated(() => calls.push('a'));
    lifetime.onInvalidated(() => calls.push('b'));
    expect(lifetime.isInvalid).toBe(false);
    expect(calls).toEqual([]);
    connected = false;
    expect(lifetime.isInvalid).toBe(true);
    expect(lifetime.isInvalid).toBe(true);
    connected = true; // an orphan stays one
    expect(lifetime.isInvalid).toBe(true);
    expect(calls).toEqual(['a', 'b']);
  });

  it("reads the extension API's runtime id by default (undefined once orphaned)", () => {
    use({ runtime: { id: 'sift@example' } });
    const lifetime = new ScriptLifetime();
    expect(lifetime.isInvalid).toBe(false);
    use({ runtime: {} });
    expect(lifetime.isInvalid).toBe(true);
  });
});
