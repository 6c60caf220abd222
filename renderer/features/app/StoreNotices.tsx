import type { StoreNotice } from '../../../electron/contract/contract';
import { Banner } from '../../ui/Banner';

const noticeTitles: Record<StoreNotice['kind'], string> = {
  migrated: 'Your data was upgraded',
  'newer-version': 'Read-only: data from a newer Lectern',
  'recovered-from-backup': 'Your data file was repaired',
  'started-clean': 'Your data file could not be read',
  'document-recovered': 'A document was repaired',
  'document-damaged': 'A document could not be read',
};

/** What happened to the data file at start-up (rare: loaded only when there is something to say). */
export function StoreNotices({ notices, onDismiss }: { notices: readonly StoreNotice[]; onDismiss: () => void }) {
  return notices.map((notice) => (
    <Banner
      key={notice.at + notice.kind}
      tone={notice.kind === 'migrated' ? 'info' : 'warning'}
      title={noticeTitles[notice.kind]}
      actions={<button type="button" className="button" onClick={onDismiss}>Dismiss</button>}
    >
      {notice.message}
    </Banner>
  ));
}
