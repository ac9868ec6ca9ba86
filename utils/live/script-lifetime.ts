import { extensionApi } from '../extension-api';

/**
 * Whether the content script still belongs to a running extension. An update,
 * a reload or removal of the extension orphans the script in pages already
 * open: its extension API is gone (`runtime.id` reads undefined), and it must
 * leave the page quietly. Asked when the script is about to use the API;
 * the first answer that it is orphaned calls the `onInvalidated` callbacks,
 * once. (WXT's `ContentScriptContext` does the same, but imports
 * webextension-polyfill, which the content script does without: see
 * utils/extension-api.ts; and it tells other scripts of the page it started
 * with an event on the document, which the page sees.)
 */
export class ScriptLifetime {
  private invalid = false;
  private readonly callbacks: (() => void)[] = [];

  constructor(private readonly isConnected: () => boolean = () => extensionApi()?.runtime?.id != null) {}

  get isInvalid(): boolean {
    if (!this.invalid && !this.isConnected()) {
      this.invalid = true;
      for (const callback of this.callbacks.splice(0)) callback();
    }
    return this.invalid;
  }

  /** Calls `callback` once the script is found orphaned. */
  onInvalidated(callback: () => void): void {
    this.callbacks.push(callback);
  }
}
