/** Types for static-server.mjs (plain JS so wxt.config.ts and the tests can both load it). */
export declare function startStaticServer(
  mounts: Record<string, string>,
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>;
