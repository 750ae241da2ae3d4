/**
 * The open card's live link, content side. A popup showing this tab's card
 * connects a CARD_PORT (utils/messages.ts); while one is connected, each
 * change the page controller reports (a re-anchor after a redraw, highlights
 * lost or taken away by the page, a new reading) is pushed to it as a
 * CardStateMessage, and only when what the card shows changed. Pushes are
 * coalesced: a change during a push is taken once, right after it. With no
 * card open nothing is computed.
 */
import type { CardStateMessage, GetSummaryResponse } from '../../utils/messages';

/** The part of a runtime port the link uses (a fake in the unit tests). */
export interface CardPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(callback: () => void): void };
}

/**
 * What the card shows of a state, as a string to compare: everything but the
 * timings (a re-anchor changes them; the card does not show them) and the
 * summary itself, which only a new reading changes, and a new reading has a
 * new analysisId.
 */
export function cardStateKey(state: GetSummaryResponse): string {
  const { timings: _timings, summary: _summary, ...shown } = state;
  return JSON.stringify(shown);
}

export class CardLink {
  /** The cards connected, each with what it was last sent (cardStateKey; null before the first push). */
  private readonly ports = new Map<CardPort, string | null>();
  private pushing = false;
  private again = false;

  /** `state`: the card's state now, or null while there is none to show (PageController.cardState). */
  constructor(private readonly state: () => Promise<GetSummaryResponse | null>) {}

  get connected(): number {
    return this.ports.size;
  }

  /** A card connected: it is sent the state now (a change between its answer and its connection is not missed). */
  add(port: CardPort): void {
    this.ports.set(port, null);
    port.onDisconnect.addListener(() => this.drop(port));
    this.changed();
  }

  /** What the card shows may have changed: push it to the cards connected, if it did. */
  changed(): void {
    if (this.ports.size === 0) return;
    if (this.pushing) {
      this.again = true;
      return;
    }
    this.pushing = true;
    void this.push().finally(() => {
      this.pushing = false;
      if (!this.again) return;
      this.again = false;
      this.changed();
    });
  }

  /** Let the cards go (the content script stops: a new copy, or the extension went away). */
  close(): void {
    for (const port of [...this.ports.keys()]) {
      this.drop(port);
      try {
        port.disconnect();
      } catch {
        /* already gone */
      }
    }
  }

  private drop(port: CardPort): void {
    this.ports.delete(port);
  }

  private async push(): Promise<void> {
    let state: GetSummaryResponse | null;
    try {
      state = await this.state();
    } catch {
      return;
    }
    if (!state) return;
    const key = cardStateKey(state);
    const message: CardStateMessage = { type: 'card-state', state };
    for (const [port, sent] of [...this.ports]) {
      if (sent === key) continue;
      try {
        port.postMessage(message);
        // Not a port let go meanwhile (its disconnect may run inside postMessage).
        if (this.ports.has(port)) this.ports.set(port, key);
      } catch {
        this.drop(port);
      }
    }
  }
}
