import type { Finding } from '../engine/types';

/**
 * Gives the page back from the modal dialogs Sift hides.
 *
 * A `<dialog>` opened with `showModal()` (a consent or newsletter prompt, say)
 * makes the rest of the page inert however it is styled: once Sift hides it,
 * nothing on the page could be clicked, focused or selected. So a modal
 * dialog that a plan hides (or that sits in what it hides) is closed, and
 * opened again as a modal when Sift shows it again: its rule switched off,
 * "Show original", Sift switched off for the site. Closing it is what the
 * Escape key does to it, so a page reads it as the user dismissing it.
 */
export class ModalRelease {
  /** The dialogs Sift closed, still hidden by a finding. */
  private readonly closed = new Set<HTMLDialogElement>();

  /** A plan was applied: `findings`, its active findings, are what the page hides now (shown, under "Show original"). */
  update(findings: readonly Finding[], showingOriginal: boolean): void {
    const hidden = findings.map((f) => f.element);
    for (const dialog of this.closed) {
      if (!dialog.isConnected) this.closed.delete(dialog);
      else if (!hidden.some((el) => el.contains(dialog))) {
        this.closed.delete(dialog);
        reopen(dialog); // its block is shown again
      }
    }
    if (showingOriginal || hidden.length === 0) return;
    // One query of the page (most have no open dialog), rather than one of each hidden block.
    const doc = hidden[0].ownerDocument;
    for (const dialog of doc.querySelectorAll<HTMLDialogElement>('dialog[open]')) {
      if (!isModal(dialog) || !hidden.some((el) => el.contains(dialog))) continue;
      dialog.close();
      this.closed.add(dialog);
    }
  }

  /** "Show original" on: the dialogs Sift closed open again; off: they close again. */
  setShowOriginal(on: boolean): void {
    for (const dialog of this.closed) {
      if (on) reopen(dialog);
      else if (dialog.open) dialog.close();
    }
  }

  /** Sift leaves the page: every dialog it closed opens again. */
  release(): void {
    for (const dialog of this.closed) reopen(dialog);
    this.closed.clear();
  }
}

function isModal(el: Element): boolean {
  try {
    return (el as HTMLDialogElement).open && el.matches(':modal');
  } catch {
    return false; // `:modal` unknown (an old engine, jsdom): no modal dialog to tell
  }
}

function reopen(dialog: HTMLDialogElement): void {
  if (!dialog.isConnected || dialog.open) return;
  try {
    dialog.showModal();
  } catch {
    // The page made it unfit to be a modal meanwhile (another modal is open, say): left closed.
  }
}
