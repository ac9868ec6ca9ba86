import type { EngineSettings, Finding } from '../engine/types';
import { LiveCleaner, type CleanerOptions } from './cleaner';
import type { EarlyCopy } from './early-handoff';
import { watchFrames } from './frames';
import { whenParsed } from './next-frame';

/**
 * Sift on one page: a live cleaner for the top document and one for each
 * frame of the same origin (see `watchFrames`), switched, updated and undone
 * together. The popup and the badge see them as one page.
 */
export class PageCleaners {
  private readonly cleaners = new Map<Document, LiveCleaner>();
  /** Each frame document's iframe (the top document has none). */
  private readonly hosts = new Map<Document, Element>();
  private unwatch: (() => void) | null = null;
  private showOriginal = false;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private settings: EngineSettings,
    /** A plan changed what is hidden, in any of the page's documents. */
    private readonly onChange: () => void,
    private readonly options: CleanerOptions,
  ) {}

  /**
   * Hides what the early stylesheet names at once, plans the top document
   * once it is parsed (in the next frame; at once when `early`, a copy of it,
   * is on its way to the planner already: see `LiveCleaner.start`), then
   * cleans its frames of the same origin as they load.
   */
  start(early?: EarlyCopy): void {
    const top = this.add(this.doc);
    const begin = () => {
      if (this.stopped) return;
      top.start(early);
      this.onChange();
      this.unwatch = watchFrames(this.doc, (frame, host) => this.attach(frame, host));
    };
    if (early) begin();
    else whenParsed(this.doc, begin);
  }

  /** Every finding on the page, the top document's first. */
  get findings(): Finding[] {
    return this.live().flatMap((c) => c.current.findings);
  }

  get errors(): string[] {
    return [...new Set(this.live().flatMap((c) => c.current.errors))];
  }

  /** How many blocks are hidden now (none while the original page is shown). */
  get hiddenCount(): number {
    return this.showOriginal ? 0 : this.findings.filter((f) => f.active).length;
  }

  get showingOriginal(): boolean {
    return this.showOriginal;
  }

  setShowOriginal(on: boolean): void {
    this.showOriginal = on;
    for (const c of this.cleaners.values()) c.setShowOriginal(on);
  }

  updateSettings(settings: EngineSettings): void {
    this.settings = settings;
    for (const c of this.cleaners.values()) c.updateSettings(settings);
  }

  /** Removes every trace of Sift from the page and its frames. */
  dispose(): void {
    this.stopped = true;
    this.unwatch?.();
    this.unwatch = null;
    for (const c of this.cleaners.values()) c.dispose();
    this.cleaners.clear();
  }

  /**
   * The cleaners of documents still on the page. A frame removed since (or
   * inside a removed frame) is let go at the next frame's load; until then its
   * findings are not the page's.
   */
  private live(): LiveCleaner[] {
    return [...this.cleaners].filter(([doc]) => this.shown(doc)).map(([, c]) => c);
  }

  private shown(doc: Document): boolean {
    const host = this.hosts.get(doc);
    if (!host) return doc === this.doc;
    return host.isConnected && (host as HTMLIFrameElement).contentDocument === doc && this.shown(host.ownerDocument);
  }

  private add(doc: Document): LiveCleaner {
    const cleaner = new LiveCleaner(doc, () => doc.URL, this.settings, () => this.onChange(), this.options);
    this.cleaners.set(doc, cleaner);
    cleaner.hideEarly();
    if (this.showOriginal) cleaner.setShowOriginal(true);
    return cleaner;
  }

  /** A frame's document of the same origin: cleaned like the top one, its own frames too. */
  private attach(frame: Document, host: Element): () => void {
    const cleaner = this.add(frame);
    this.hosts.set(frame, host);
    let unwatch = () => {};
    let gone = false;
    whenParsed(frame, () => {
      if (gone || this.stopped) return;
      cleaner.start();
      this.onChange();
      unwatch = watchFrames(frame, (inner, innerHost) => this.attach(inner, innerHost));
    });
    return () => {
      gone = true;
      unwatch();
      cleaner.dispose();
      this.cleaners.delete(frame);
      this.hosts.delete(frame);
      if (!this.stopped) this.onChange();
    };
  }
}
