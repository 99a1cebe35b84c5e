// Dev/test page script: `window.__widgets` mounts widgets through the real registry.
import '../../src/theme/index.css';
import { createWidgetContext } from '../../src/widgets/context.ts';
import { createWidgetRegistry } from '../../src/widgets/registry.ts';

interface Mounted {
  dispose(): void;
}

declare global {
  interface Window {
    __widgets?: {
      names: string[];
      mount(name: string, params: Record<string, string>): Promise<Mounted>;
    };
    /** Live tfjs tensors (tests prove that widgets dispose what they allocate). */
    __tfTensors?: () => Promise<number>;
  }
}

const registry = createWidgetRegistry();
// One context for the page, like one presentation: widgets share its objects (the session).
const context = createWidgetContext();
const content = document.getElementById('content');

window.__widgets = {
  names: Object.keys(registry),
  async mount(name, params) {
    const load = registry[name];
    if (load === undefined || content === null) throw new Error(`no widget ${name}`);
    const element = document.createElement('div');
    element.className = 'widget';
    element.dataset.widget = name;
    content.replaceChildren(element);
    const module = await load();
    return module.mount(element, params, context);
  },
};

// Imported only when called: the page itself never loads tfjs.
window.__tfTensors = async () => (await import('@tensorflow/tfjs')).memory().numTensors;

const query = new URLSearchParams(location.search);
const name = query.get('w');
if (name !== null) {
  const params: Record<string, string> = {};
  for (const [k, v] of query) if (k !== 'w') params[k] = v;
  void window.__widgets.mount(name, params);
}
