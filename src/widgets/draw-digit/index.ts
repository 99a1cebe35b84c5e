import type { LayersModel } from '@tensorflow/tfjs';
import { mnistStyle } from '../../ml/preprocess/index.ts';
import { fittedWeights } from '../../ml/session/fitted.ts';
import { sessionLink } from '../../ml/session/sessionLink.ts';
import type { WidgetContext } from '../../model/index.ts';
import { createDigitImage } from '../shared/digitImage.ts';
import { h } from '../shared/dom.ts';
import { mountFrame } from '../shared/frame.ts';
import { mlRuntime, type PretrainedKind } from '../shared/mlRuntime.ts';
import { createProbabilityBars, type ProbabilityBars } from '../shared/probabilityBars.ts';
import { watchModels } from './modelChoice.ts';
import { MODEL_TITLES, parseModels } from './models.ts';
import { createDrawingPad } from './pad.ts';
import { DRAW_TOPIC, parseStrokeMessage, type StrokeMessage } from './strokeMessages.ts';

const PAD_SIZE = 224;
const LINE_WIDTH = 17;

interface Panel {
  readonly kind: PretrainedKind;
  readonly bars: ProbabilityBars;
  readonly guess: HTMLElement;
  readonly source: HTMLElement;
  readonly element: HTMLElement;
  model?: LayersModel;
}

/**
 * Draw a digit: a canvas for mouse, pen or touch; the drawing preprocessed like MNIST
 * (src/ml/preprocess) into the 28×28 input shown beside it; live probabilities from the
 * chosen models side by side, recomputed at most once per animation frame while drawing.
 * Params: `models` = dense | convnet | dense,convnet (default both).
 * `data-state`: loading → ready (models loaded) or error.
 */
export function mount(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  context: WidgetContext,
) {
  const frame = mountFrame(element, { name: 'draw-digit', label: 'Намалюйте цифру' });
  const { doc, win, body, root } = frame;
  const kinds = parseModels(params.models);
  if (!kinds.ok) {
    frame.fail(kinds.error);
    return { dispose: frame.dispose };
  }
  root.dataset.state = 'loading';
  root.dataset.predictions = '0';
  // The same widget in the deck's other windows (presenter ↔ audience) mirrors the drawing.
  const syncId = element.dataset.widgetId ?? `draw-digit:${kinds.value.join(',')}`;
  const post = (message: StrokeMessage): void => context.bus.post(DRAW_TOPIC, message);
  let disposed = false;
  let classify: typeof import('./classify.ts') | undefined;
  let frameRequest: number | undefined;
  let predictions = 0;

  const schedule = (): void => {
    if (frameRequest !== undefined || disposed) return;
    // timing: one prediction per frame while drawing, inside the widget (not slide timing)
    frameRequest = win.requestAnimationFrame(() => {
      frameRequest = undefined;
      predict();
    });
  };
  const pad = createDrawingPad(doc, {
    size: PAD_SIZE,
    lineWidth: LINE_WIDTH,
    onChange: schedule,
    onStrokeEnd: () => {
      announcePending = true;
      schedule();
    },
    onStroke: (kind, points) =>
      post(kind === 'up' ? { id: syncId, kind } : { id: syncId, kind, points }),
  });
  const preview = createDigitImage(doc, new Float32Array(784), {
    size: 56,
    label: 'Вхід мережі 28×28: поки порожньо',
  });
  const clear = h(
    doc,
    'button',
    {
      type: 'button',
      class: 'cw-btn cw-text-btn',
      'data-action': 'clear',
      title: 'Очистити (Delete)',
    },
    'Очистити',
  );
  const panels: Panel[] = kinds.value.map((kind) => {
    const bars = createProbabilityBars(doc, { label: MODEL_TITLES[kind], height: 110 });
    const guess = h(doc, 'p', { class: 'dd-guess' });
    const source = h(doc, 'span', { class: 'cw-caption dd-source' }, 'завантаження моделі…');
    const element = h(
      doc,
      'div',
      { class: 'dd-model', 'data-model': kind },
      h(doc, 'p', { class: 'cw-panel-title' }, MODEL_TITLES[kind]),
      source,
      bars.element,
      guess,
    );
    return { kind, bars, guess, source, element };
  });
  const status = h(
    doc,
    'p',
    { class: 'cw-caption', 'aria-live': 'polite' },
    'Завантаження TensorFlow.js і моделей…',
  );
  body.replaceChildren(
    h(
      doc,
      'div',
      { class: 'dd-stage' },
      h(
        doc,
        'div',
        { class: 'dd-pad' },
        pad.element,
        h(
          doc,
          'div',
          { class: 'dd-under' },
          preview.element,
          h(
            doc,
            'div',
            { class: 'dd-under-text' },
            h(doc, 'span', { class: 'cw-caption' }, 'вхід мережі 28×28'),
            clear,
          ),
        ),
      ),
      h(doc, 'div', { class: 'dd-models' }, ...panels.map((panel) => panel.element)),
    ),
    status,
  );

  let readyText = '';
  let announcePending = false;
  /** After each stroke (not at every frame): the models' answers in the live status line. */
  function announce(): void {
    if (root.dataset.state !== 'ready') return;
    const answers = panels
      .filter((panel) => panel.bars.top >= 0)
      .map((panel) => `${MODEL_TITLES[panel.kind]}: ${panel.bars.top}`);
    status.textContent = answers.length === 0 ? readyText : `${answers.join('; ')}.`;
  }

  function predict(): void {
    if (disposed) return;
    const started = performance.now();
    const { pixels, hasInk } = mnistStyle(pad.ink());
    preview.set(
      pixels,
      hasInk ? 'Вхід мережі 28×28: ваша цифра' : 'Вхід мережі 28×28: поки порожньо',
    );
    for (const panel of panels) {
      if (!hasInk || panel.model === undefined || classify === undefined) {
        panel.bars.set(undefined);
        panel.guess.textContent = '';
        continue;
      }
      const probabilities = classify.classify(panel.model, pixels);
      if (!classify.isFiniteOutput(probabilities)) {
        // Broken weights (NaN) must not give a confident "Це -1?": say so, use the pretrained.
        panel.bars.set(undefined);
        const lecture = panel.element.dataset.source === 'lecture';
        panel.element.dataset.broken = '';
        panel.guess.textContent = lecture
          ? 'Ваги, натреновані на лекції, пошкоджені (NaN): перемикаю на натреновану заздалегідь.'
          : 'Модель пошкоджена: її вихід не числа (NaN).';
        if (lecture) models.fallBack(panel.kind);
        continue;
      }
      delete panel.element.dataset.broken;
      panel.bars.set(probabilities);
      panel.guess.replaceChildren('Це ', h(doc, 'b', {}, String(panel.bars.top)), '?');
    }
    if (announcePending) {
      announcePending = false;
      announce();
    }
    if (!hasInk || classify === undefined) return;
    predictions += 1;
    root.dataset.predictions = String(predictions);
    root.dataset.predictMs = (performance.now() - started).toFixed(2);
  }

  const clearPad = (): void => {
    pad.clear();
    if (readyText !== '') status.textContent = readyText;
  };
  const onClear = (): void => {
    clearPad();
    post({ id: syncId, kind: 'clear' });
  };
  const offBus = context.bus.on(DRAW_TOPIC, (data) => {
    const message = parseStrokeMessage(data);
    if (message === undefined || message.id !== syncId) return;
    if (message.kind === 'clear') clearPad();
    else if ('points' in message) pad.replay(message.kind, message.points);
    else pad.replay('up', []);
  });
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    event.stopPropagation();
    onClear();
  };
  // The widget takes pointer input: nothing inside it may turn slides (swipes, clicks).
  const stop = (event: Event): void => event.stopPropagation();
  const stopped = [
    'pointerdown',
    'pointermove',
    'pointerup',
    'touchstart',
    'touchmove',
    'touchend',
  ];
  clear.addEventListener('click', onClear);
  root.addEventListener('keydown', onKey);
  for (const type of stopped) root.addEventListener(type, stop);

  const runtime = mlRuntime(context);
  // The lecture's own models when the live session trained them, else the pretrained ones.
  const models = watchModels({
    context,
    runtime,
    kinds: kinds.value,
    onChoice: (choice) => {
      const panel = panels.find((p) => p.kind === choice.kind);
      if (panel === undefined || disposed) return;
      panel.model = choice.model;
      panel.source.textContent = choice.caption;
      panel.element.dataset.source = choice.source;
      schedule();
    },
    onError: (error) => {
      if (!disposed) frame.fail(`Не вдалося завантажити моделі: ${String(error)}`);
    },
  });
  void Promise.all([import('./classify.ts'), models.ready, runtime.backend()])
    .then(([module, , backend]) => {
      if (disposed) return;
      classify = module;
      readyText = `Намалюйте цифру від 0 до 9 мишею, пером або пальцем. Обчислення: TensorFlow.js, ${backend.name}.`;
      status.textContent = readyText;
      root.dataset.state = 'ready';
      root.dataset.backend = backend.name;
      if (!pad.isEmpty) schedule();
    })
    .catch((error: unknown) => {
      if (!disposed) frame.fail(`Не вдалося завантажити моделі: ${String(error)}`);
    });

  frame.onDispose(() => {
    disposed = true;
    models.dispose();
    offBus();
    if (frameRequest !== undefined) win.cancelAnimationFrame(frameRequest);
    clear.removeEventListener('click', onClear);
    root.removeEventListener('keydown', onKey);
    for (const type of stopped) root.removeEventListener(type, stop);
    pad.dispose();
    delete root.dataset.predictions;
    delete root.dataset.predictMs;
    delete root.dataset.backend;
  });
  return { dispose: frame.dispose };
}

/**
 * The slide is next: start tfjs, the backend and the pretrained models it will use (no DOM, no
 * computation); not those the live session trained a replacement for (and never the session).
 */
export function prefetch(params: Readonly<Record<string, string>>, context: WidgetContext): void {
  const kinds = parseModels(params.models);
  if (!kinds.ok) return;
  const runtime = mlRuntime(context);
  const session = sessionLink(context).current?.snapshot();
  void import('./classify.ts').catch(() => undefined);
  for (const kind of kinds.value) {
    if (session !== undefined && fittedWeights(session, kind) !== undefined) continue;
    void runtime.pretrained(kind).catch(() => undefined);
  }
}
