import { helpRows } from '../../helpRows.ts';
import { KEY_BINDINGS } from '../../keymap.ts';
import type { OverlayFactory } from '../../overlays.ts';
import { createDialog } from './dialog.ts';

/** The key help (`h`, `?`), generated from the key table. */
export const createHelpOverlay: OverlayFactory = (parent, context) => {
  const shell = createDialog(parent, {
    className: 'deck-help',
    title: 'Клавіші',
    onClose: context.close,
    closeKeys: ['h', '?'],
  });
  const doc = parent.ownerDocument;
  const table = doc.createElement('table');
  table.className = 'deck-help-table';
  const tbody = doc.createElement('tbody');
  for (const row of helpRows(KEY_BINDINGS)) {
    const tr = doc.createElement('tr');
    const keys = doc.createElement('th');
    keys.scope = 'row';
    row.keys.forEach((key, i) => {
      if (i > 0) keys.append(' ');
      const kbd = doc.createElement('kbd');
      kbd.textContent = key;
      keys.append(kbd);
    });
    const description = doc.createElement('td');
    description.textContent = row.description;
    tr.append(keys, description);
    tbody.append(tr);
  }
  table.append(tbody);
  const touch = doc.createElement('p');
  touch.className = 'deck-help-note';
  touch.textContent =
    'Дотик: проведіть пальцем або торкніться правої / лівої половини екрана. Колесо миші чи тачпад: один слайд за жест.';
  shell.body.append(table, touch);
  // Focus the dialog itself: the heading is read, the close button is one Tab away.
  shell.dialog.tabIndex = -1;
  shell.dialog.focus();
  return { dispose: shell.dispose };
};
