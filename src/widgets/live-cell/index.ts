import { isCellId, LIVE_CELL_IDS } from '../../ml/session/cellCatalog.ts';
import type { LiveSession } from '../../ml/session/session.ts';
import { sessionLink } from '../../ml/session/sessionLink.ts';
import { readFitBudget } from '../../model/fitBudget.ts';
import type { WidgetContext } from '../../model/index.ts';
import { h } from '../shared/dom.ts';
import { mlRuntime } from '../shared/mlRuntime.ts';
import { createCellView } from './cellView.ts';

/** The key of the presentation's one notebook session in `context.shared`. */
export const SESSION_KEY = 'live-session';

/** The presenter's fit budget (src/model/fitBudget.ts), read when a cell runs. */
function fitBudgetOf(element: HTMLElement): number {
  try {
    return readFitBudget(element.ownerDocument.defaultView?.localStorage);
  } catch {
    // Blocked storage throws on access itself: the default budget applies.
    return readFitBudget(undefined);
  }
}

/** The computing window's session (tfjs, data, training) or the audience window's mirror. */
function sessionModule(context: WidgetContext): Promise<(c: WidgetContext) => LiveSession> {
  return context.role === 'audience'
    ? import('./audienceSession.ts').then((m) => m.createAudienceSession)
    : import('./browserSession.ts').then((m) => (c: WidgetContext) => m.createBrowserSession(c));
}

/** The session, created by the first live cell and registered for other widgets (the link). */
function sessionFor(context: WidgetContext): Promise<LiveSession> {
  return sessionModule(context).then((create) =>
    context.shared(SESSION_KEY, () => {
      const link = sessionLink(context);
      const created = create(context);
      const session: LiveSession = {
        ...created,
        dispose() {
          if (link.current === session) link.set(undefined);
          created.dispose();
        },
      };
      link.set(session);
      return session;
    }),
  );
}

/**
 * A live cell (`![:run cell-id]` under a code block): runs that code of the lecture in
 * TensorFlow.js within the presentation's shared notebook session. Param: `cell`.
 */
export function mount(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  context: WidgetContext,
): { dispose(): void } {
  const id = params.cell ?? '';
  if (!isCellId(id)) {
    const saved = [...element.childNodes];
    element.dataset.liveCell = id;
    element.dataset.state = 'error';
    element.replaceChildren(
      h(
        element.ownerDocument,
        'p',
        { class: 'lc-error lc-unknown', role: 'alert' },
        `Невідома жива комірка «${id}». Відомі: ${LIVE_CELL_IDS.join(', ')}.`,
      ),
    );
    return {
      dispose() {
        element.replaceChildren(...saved);
        delete element.dataset.liveCell;
        delete element.dataset.state;
      },
    };
  }
  const view = createCellView(element, id, { budgetSeconds: () => fitBudgetOf(element) });
  let disposed = false;
  sessionFor(context).then(
    (session) => {
      if (!disposed) view.attach(session);
    },
    (error: unknown) => {
      if (disposed) return;
      element.dataset.state = 'error';
      const status = element.querySelector('.lc-status');
      if (status) status.textContent = `Не вдалося запустити сеанс: ${String(error)}`;
    },
  );
  return {
    dispose() {
      disposed = true;
      view.dispose();
    },
  };
}

/** The next slide has a live cell: start loading tfjs, the backend and the data. */
export function prefetch(_params: Readonly<Record<string, string>>, context: WidgetContext): void {
  // An audience window only mirrors the computing window: it needs neither tfjs nor the data.
  if (context.role !== 'audience') mlRuntime(context).warm();
  void sessionModule(context);
}
