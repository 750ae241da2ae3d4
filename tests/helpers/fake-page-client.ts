/**
 * A PageClient for popup component tests: every call is a vi.fn answering as a
 * page would, `load` with `result`, `loadParagraphs` with `paragraphs`.
 */
import { vi } from 'vitest';
import type { LoadResult, PageClient } from '../../components/client';
import { ALL_VISIBLE } from '../../utils/categories';
import type { ExportFormat } from '../../utils/export';

export function fakePageClient(result: LoadResult, paragraphs: string[], overrides: Partial<PageClient> = {}): PageClient {
  return {
    load: vi.fn(async () => result),
    loadPreferences: vi.fn(async () => ({ highlightsOn: true, visible: { ...ALL_VISIBLE } })),
    savePreferences: vi.fn(async () => undefined),
    setHighlights: vi.fn(async (enabled: boolean) => ({ enabled, ranges: 1, registered: 1 })),
    loadParagraphs: vi.fn(async () => ({ paragraphs, analysisId: 7 })),
    scrollTo: vi.fn(async () => ({ found: true })),
    copy: vi.fn(async () => undefined),
    copyRich: vi.fn(async () => undefined),
    loadExportFormat: vi.fn(async () => 'markdown' as ExportFormat),
    saveToLog: vi.fn(async () => undefined),
    openLog: vi.fn(),
    ...overrides,
  };
}
