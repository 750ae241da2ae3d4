import { render } from 'preact';
import { DealLog, type LogClient } from '@/components/DealLog';
import { browserStore, watchKey } from '@/utils/browser-store';
import { DEAL_LOG_KEY, clearLog, loadLog, removeFromLog, restoreToLog } from '@/utils/deal-log';
import { downloadText } from './download';
import '~/assets/palette.css';
import './style.css';

const client: LogClient = {
  load: async () => (await loadLog(browserStore)).entries,
  remove: async (id) => void (await removeFromLog(browserStore, id)),
  restore: (entry) => restoreToLog(browserStore, entry),
  clear: () => clearLog(browserStore),
  subscribe: (onChange) => watchKey(DEAL_LOG_KEY, onChange),
  download: downloadText,
};

render(<DealLog client={client} />, document.getElementById('app') as HTMLElement);
