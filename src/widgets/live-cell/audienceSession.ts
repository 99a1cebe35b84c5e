import type { LiveSession } from '../../ml/session/liveSession.ts';
import { createMirrorSession } from '../../ml/session/mirrorSession.ts';
import { liveSettingsFromQuery } from '../../ml/session/settings.ts';
import type { WidgetContext } from '../../model/index.ts';
import { createIdbStore } from './idbStore.ts';

/**
 * The audience window's session: a mirror of the computing window's, without tfjs (the
 * projector's window stays light; it computes nothing). Fitted models for draw-a-digit come
 * from the same IndexedDB store the computing window saves them to.
 */
export function createAudienceSession(context: WidgetContext): LiveSession {
  return createMirrorSession({
    bus: context.bus,
    settings: liveSettingsFromQuery(location.search),
    ...(typeof indexedDB === 'undefined' ? {} : { store: createIdbStore(indexedDB) }),
  });
}
