/**
 * The late-root watch: the custom elements the last fingerprint walk met
 * with no open shadow root (ShapeWalk.bareHosts), looked at in turns on the
 * content script's wake-up for one that attached a root since
 * (PageController.lookForLateRoots).
 */
import { openShadowOf } from '../../utils/shadow';

/**
 * Custom elements looked at per wake-up for a shadow root attached after the
 * fingerprint walk (lookForLateRoots): a page's dozens are all looked at each
 * second; a page of thousands (an app built of components without shadow
 * roots) has them looked at in turns, this many a second, so the wake-up stays
 * a few microseconds.
 */
export const LATE_ROOT_LOOKS = 256;

export class LateRootWatch {
  /** The last walk's custom elements with no open shadow root (ShapeWalk.bareHosts), and where the next look starts. */
  private hosts: Element[] = [];
  private cursor = 0;

  /** No host to look at (none listed, or the list was dropped). */
  get empty(): boolean {
    return this.hosts.length === 0;
  }

  /** A walk begins: no list until it is whole, and the looks start again at its first host. */
  restart(): void {
    this.hosts = [];
    this.cursor = 0;
  }

  /** The page changed: the list is dropped (the next walk lists them again; none kept alive meanwhile). */
  drop(): void {
    this.hosts = [];
  }

  /** The walk's whole list, handed over once it is done. */
  watch(hosts: Element[]): void {
    this.hosts = hosts;
  }

  /**
   * Whether one of the next LATE_ROOT_LOOKS bare hosts attached an open root
   * since the walk, taking turns. Nothing is taken off the list: the first late
   * root drops it whole (pageChanged), and within a call the cursor meets no
   * host twice.
   */
  inTurn(): boolean {
    const hosts = this.hosts;
    const looks = Math.min(LATE_ROOT_LOOKS, hosts.length);
    for (let n = 0; n < looks; n++) {
      if (this.cursor >= hosts.length) this.cursor = 0;
      if (openShadowOf(hosts[this.cursor++]!)) return true;
    }
    return false;
  }
}
