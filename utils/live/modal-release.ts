import type { Finding } from '../engine/types';

/** How often a dialog the page keeps making a modal again is made plain. */
const MAX_TURNS = 5;

/**
 * Gives the page back from the modal dialogs Sift hides.
 *
 * A `<dialog>` opened with `showModal()` (a consent or newsletter prompt, say)
 * makes the rest of the page inert however it is styled: once Sift hides it,
 * nothing on the page could be clicked, focused or selected. So a modal
 * dialog that a plan hides (or that sits in what it hides) is opened again as
 * a plain dialog: closed, which is what the Escape key does to it, and shown
 * at once without the modal part. It stays open (and hidden), so a page that
 * opens its prompt again when it is closed (consent being required) cannot:
 * `showModal()` refuses a dialog that is open. A page that closes it and
 * opens it as a modal again, in one go, gets the same answer at once (the
 * dialogs are watched while Sift holds them). Each is made a modal again when
 * Sift shows it: its rule switched off, "Show original", Sift switched off for
 * the site; not if the page closed it meanwhile. A page that answers every
 * time with a modal again (from its `close` handler, say) is let be after
 * `MAX_TURNS`, rather than the two taking turns for ever.
 */
export class ModalRelease {
  /** The dialogs Sift made plain, still hidden by a finding. */
  private readonly held = new Set<HTMLDialogElement>();
  /** How often each held dialog was made plain. */
  private readonly turns = new WeakMap<HTMLDialogElement, number>();
  private hidden: Element[] = [];
  private showingOriginal = false;
  private observer: MutationObserver | null = null;

  /** A plan was applied: `findings`, its active findings, are what the page hides now (shown, under "Show original"). */
  update(findings: readonly Finding[], showingOriginal: boolean): void {
    this.hidden = findings.map((f) => f.element);
    this.showingOriginal = showingOriginal;
    for (const dialog of this.held) {
      if (!dialog.isConnected) this.held.delete(dialog);
      else if (!this.isHidden(dialog)) {
        this.held.delete(dialog);
        makeModal(dialog); // its block is shown again
      }
    }
    if (!showingOriginal) {
      // One query of each tree that hides something (most pages have no open dialog), rather than one of each hidden block.
      const roots = new Set(this.hidden.map((el) => el.getRootNode() as Document | ShadowRoot));
      for (const root of roots) {
        for (const dialog of root.querySelectorAll<HTMLDialogElement>('dialog[open]')) {
          if (this.isHidden(dialog) && isModal(dialog)) this.held.add(dialog);
        }
      }
    }
    this.hold();
  }

  /** "Show original" on: the dialogs Sift holds are modals again; off: plain again. */
  setShowOriginal(on: boolean): void {
    this.showingOriginal = on;
    if (on) {
      this.unwatch();
      for (const dialog of this.held) makeModal(dialog);
    } else this.hold();
  }

  /** Sift leaves the page: every dialog it holds is a modal again. */
  release(): void {
    this.unwatch();
    for (const dialog of this.held) makeModal(dialog);
    this.held.clear();
  }

  /** Makes every held dialog that is a modal now a plain one, and watches them; `again`: the page made one a modal again. */
  private hold(again = false): void {
    this.unwatch();
    if (this.showingOriginal || this.held.size === 0) return;
    for (const dialog of this.held) {
      const turns = this.turns.get(dialog) ?? 0;
      if (!isModal(dialog) || turns >= MAX_TURNS) continue;
      if (again) this.turns.set(dialog, turns + 1);
      makePlain(dialog);
    }
    const Observer = [...this.held][0].ownerDocument.defaultView?.MutationObserver ?? MutationObserver; // the document's own window
    this.observer = new Observer(() => this.hold(true));
    for (const dialog of this.held) this.observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }

  private isHidden(dialog: Element): boolean {
    return this.hidden.some((el) => el.contains(dialog));
  }

  private unwatch(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}

function isModal(el: Element): boolean {
  try {
    return (el as HTMLDialogElement).open && el.matches(':modal');
  } catch {
    return false; // `:modal` unknown (an old engine, jsdom): no modal dialog to tell
  }
}

/** A modal dialog as a plain one, still open. */
function makePlain(dialog: HTMLDialogElement): void {
  dialog.close();
  dialog.show();
}

/** A plain dialog Sift made of a modal, a modal again; left alone if the page closed it meanwhile. */
function makeModal(dialog: HTMLDialogElement): void {
  if (!dialog.isConnected || !dialog.open || isModal(dialog)) return;
  dialog.close();
  try {
    dialog.showModal();
  } catch {
    // The page made it unfit to be a modal meanwhile (another modal is open, say): left closed.
  }
}
