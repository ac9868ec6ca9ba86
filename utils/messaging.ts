import { extensionApi } from './extension-api';
import type { Category, Rule } from './rules/types';
import type { PageSnapshot } from './snapshot';
import type { PlannedCopy, PlanRequest } from './engine/copy-plan';

/** One rule's findings on a page, as the popup lists them (page text stays text). */
export interface RuleSummary {
  ruleId: string;
  category: Category;
  description: string;
  count: number;
  reasons: string[];
  active: boolean;
}

export interface PageState {
  url: string;
  enabled: boolean;
  alwaysReader: boolean;
  showingOriginal: boolean;
  hidden: number;
  rules: RuleSummary[];
  errors: string[];
}

/** Messages to the content script of a tab. */
export type TabMessage =
  | { type: 'getState' }
  | { type: 'showOriginal'; on: boolean }
  | { type: 'snapshot' }
  | { type: 'startPicker' }
  | { type: 'testRule'; rule: Rule };

/** A rule tried on a tab ("test on the open tab"): how many elements it hides there. */
export interface RuleTest {
  url: string;
  title: string;
  count: number;
}


/** Messages to the background. */
export type BackgroundMessage =
  | { type: 'hiddenCount'; count: number }
  | { type: 'openReader' }
  /** The element picker saves a rule for the sender's site (the background knows the public-suffix list). */
  | { type: 'saveUserRule'; rule: Rule }
  | { type: 'removeUserRule'; site: string; ruleId: string }
  /** Chrome: open the planner (the offscreen document that plans copies of pages) if it is not open. */
  | { type: 'startPlanner' };

/**
 * A content script's message to the planner (see utils/planner.ts): a copy
 * of its page, or the changes to the copy the planner keeps; or that the
 * copy kept under `key` is no longer needed (its page went).
 */
export type PlannerMessage = { type: 'planCopy'; request: PlanRequest } | { type: 'forgetCopy'; key: string };

export function isPlannerMessage(message: unknown): message is PlannerMessage {
  if (!message || typeof message !== 'object') return false;
  const m = message as Partial<Record<'type' | 'request' | 'key', unknown>>;
  if (m.type === 'forgetCopy') return typeof m.key === 'string';
  if (m.type !== 'planCopy') return false;
  const request = m.request as Partial<Record<'html' | 'changes' | 'key', unknown>> | undefined;
  return typeof request?.html === 'string' || (Array.isArray(request?.changes) && typeof request.key === 'string');
}

/** The name of a content script's port to the planner. */
export const PLANNER_PORT = 'sift-planner';

/**
 * Sends a copy of the page to the planner and resolves with its plan; rejects
 * when no planner answers. Over a port of its own, which only the planner
 * accepts: a message would be delivered to every extension page listening
 * (the background, an open popup, settings page or reader view), each
 * deserialising the page's markup for nothing.
 */
export function sendToPlanner(request: PlanRequest): Promise<PlannedCopy> {
  return new Promise((resolve, reject) => {
    const api = extensionApi();
    const port = api.runtime.connect({ name: PLANNER_PORT });
    port.onMessage.addListener((reply: unknown) => {
      port.disconnect();
      if (reply && typeof reply === 'object' && Array.isArray((reply as PlannedCopy).findings)) resolve(reply as PlannedCopy);
      else reject(new Error('the planner did not answer with a plan'));
    });
    // No planner (nothing accepted the port), or it went away meanwhile; after an answer this changes nothing.
    port.onDisconnect.addListener(() => {
      void api.runtime.lastError; // read, so Chrome does not log it as unchecked
      reject(new Error('no planner answered'));
    });
    port.postMessage({ type: 'planCopy', request } satisfies PlannerMessage);
  });
}

/**
 * Tells the planner it need not keep the copy named `key` any more (the page
 * went, or plans in place now); nothing comes back. No planner: nothing to
 * forget.
 */
export function forgetAtPlanner(key: string): void {
  const api = extensionApi();
  try {
    const port = api.runtime.connect({ name: PLANNER_PORT });
    port.onDisconnect.addListener(() => void api.runtime.lastError);
    port.postMessage({ type: 'forgetCopy', key } satisfies PlannerMessage);
    port.disconnect();
  } catch {
    // the extension went (updated, say): so did its planner
  }
}

/**
 * Chrome: as `sendToPlanner`, and when no planner answers (Chrome may close
 * an offscreen document), asks the background to open one and sends again.
 */
export function sendToOpenPlanner(request: PlanRequest): Promise<PlannedCopy> {
  return sendToPlanner(request).catch(async () => {
    await sendToBackground({ type: 'startPlanner' });
    return sendToPlanner(request);
  });
}

export interface SavedRule {
  site: string;
  synced: boolean;
}

type Reply<M> = M extends { type: 'getState' }
  ? PageState
  : M extends { type: 'snapshot' }
    ? PageSnapshot
    : M extends { type: 'testRule' }
      ? RuleTest | null
      : M extends { type: 'saveUserRule' }
        ? SavedRule
        : void;

export function sendToTab<M extends TabMessage>(tabId: number, message: M): Promise<Reply<M>> {
  return extensionApi().tabs.sendMessage(tabId, message).then(opened) as Promise<Reply<M>>;
}

export function sendToBackground<M extends BackgroundMessage>(message: M): Promise<Reply<M>> {
  return extensionApi().runtime.sendMessage(message).then(opened) as Promise<Reply<M>>;
}

/** Who sent a message, as the background's handlers read it. */
export interface Sender {
  url?: string;
  frameId?: number;
  tab?: { id?: number; index: number; url?: string };
}

/** Typed handlers, one per message type: no string switch at the call sites. */
export type Handlers<M extends { type: string }> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, sender: Sender) => unknown;
};

/**
 * How a listener's answer travels: the handler's value, or the message of
 * what it threw (an `Error` does not cross); `opened` on the other side gives
 * back the value, or throws again.
 */
type Answer = { ok: unknown } | { error: string };

/**
 * A `runtime.onMessage` listener that answers the messages `handlers` has a
 * handler for, with the handler's value once it settles: through
 * `sendResponse`, kept open by returning true, which both browsers' own APIs
 * do (a listener returning a promise is Firefox's and webextension-polyfill's
 * alone; see utils/extension-api.ts). Other messages it leaves to other
 * listeners.
 */
export function answering<M extends { type: string }>(handlers: Handlers<M>): (message: unknown, sender: Sender, sendResponse: (answer: Answer) => void) => true | undefined {
  return (message, sender, sendResponse) => {
    if (!message || typeof message !== 'object' || typeof (message as M).type !== 'string') return undefined;
    const handler = (handlers as unknown as Record<string, ((m: M, s: Sender) => unknown) | undefined>)[(message as M).type];
    if (typeof handler !== 'function' || !Object.hasOwn(handlers, (message as M).type)) return undefined;
    new Promise((resolve) => resolve(handler(message as M, sender)))
      .then(
        (ok) => sendResponse({ ok }),
        (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      )
      .catch(() => {}); // the sender is gone (its page navigated away, its popup closed): no one to tell
    return true;
  };
}

/** The value an `answering` listener sent back, or its error thrown here; nothing when no listener answered. */
function opened(answer: unknown): unknown {
  if (answer && typeof answer === 'object') {
    if ('error' in answer) throw new Error(String((answer as { error: unknown }).error));
    if ('ok' in answer) return (answer as { ok: unknown }).ok;
  }
  return undefined;
}
