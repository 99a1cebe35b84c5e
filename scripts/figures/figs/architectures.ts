import { ALEXNET, GOOGLENET, LENET, RESNET18, toBlocks, VGG } from '../lib/arch.ts';
import { addNode, box, elbow, horizontalStack, verticalStack } from '../lib/blocks.ts';
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, line, rect, svgDoc, text } from '../lib/svg.ts';

function lenet(): string {
  const blocks = toBlocks(LENET).map((b) => ({
    ...b,
    label: b.label.replace(/^(Згортка|Avg-pool) /, '$1, '),
  }));
  const w = 104;
  const gap = 20;
  return svgDoc(
    { width: 30 + blocks.length * (w + gap) - gap + 30, height: 130, title: 'Архітектура LeNet-5' },
    [horizontalStack(30, 22, w, 64, gap, blocks)],
  );
}

function columns(
  cols: readonly { title: string; blocks: ReturnType<typeof toBlocks> }[],
  title: string,
  w = 250,
): string {
  const body: string[] = [];
  let maxH = 0;
  cols.forEach((c, i) => {
    const x = 30 + i * (w + 50);
    body.push(text(x + w / 2, 30, c.title, { size: 22, weight: 'bold' }));
    const s = verticalStack(x, 56, w, c.blocks);
    body.push(s.svg);
    maxH = Math.max(maxH, s.height);
  });
  return svgDoc({ width: 30 + cols.length * (w + 50) - 20, height: 56 + maxH + 24, title }, body);
}

function vggBlockDetail(x: number, y: number, w: number): string {
  const parts = [
    text(x + w / 2, 30, 'VGG-блок', { size: 22, weight: 'bold' }),
    rect(x - 10, y - 10, w + 20, 3 * 64 + 10, { stroke: COLOR.green, sw: 2, dash: '6 5', rx: 10 }),
    box(x, y, w, 44, 'Згортка 3×3', 'conv', 'доповнення 1'),
    box(x, y + 64, w, 44, 'ReLU', 'conv'),
    box(x, y + 128, w, 44, 'Max-pool 2×2', 'pool', 'крок 2'),
    line(x + w / 2, y + 44, x + w / 2, y + 62, { sw: 1.8, arrow: true }),
    line(x + w / 2, y + 108, x + w / 2, y + 126, { sw: 1.8, arrow: true }),
    text(x + w + 16, y + 54, '× n', {
      size: 20,
      weight: 'bold',
      fill: COLOR.green,
      anchor: 'start',
    }),
    rect(x - 4, y - 4, w + 8, 116, { stroke: COLOR.blue, sw: 1.5, rx: 8 }),
  ];
  return parts.join('');
}

function vgg(): string {
  const alex = toBlocks(ALEXNET);
  const net = toBlocks(VGG);
  const w = 250;
  const a = verticalStack(30, 56, w, alex);
  const v = verticalStack(30 + 2 * (w + 60), 56, w, net);
  return svgDoc(
    {
      width: 30 + 3 * (w + 60) - 30,
      height: 56 + Math.max(a.height, v.height) + 24,
      title: 'AlexNet і VGG',
    },
    [
      text(30 + w / 2, 30, 'AlexNet', { size: 22, weight: 'bold' }),
      a.svg,
      vggBlockDetail(30 + w + 60, 66, w),
      text(30 + 2 * (w + 60) + w / 2, 30, 'VGG-11', { size: 22, weight: 'bold' }),
      v.svg,
    ],
  );
}

/** The Inception block: four parallel paths concatenated. */
function inception(): string {
  const w = 150;
  const gap = 30;
  const x0 = 30;
  const cx = (i: number) => x0 + i * (w + gap) + w / 2;
  const mid = x0 + (4 * (w + gap) - gap) / 2;
  const paths: { label: string; kind: 'conv' | 'pool'; sub?: string }[][] = [
    [{ label: 'Згортка 1×1', kind: 'conv' }],
    [
      { label: 'Згортка 1×1', kind: 'conv' },
      { label: 'Згортка 3×3', kind: 'conv', sub: 'доповнення 1' },
    ],
    [
      { label: 'Згортка 1×1', kind: 'conv' },
      { label: 'Згортка 5×5', kind: 'conv', sub: 'доповнення 2' },
    ],
    [
      { label: 'Max-pool 3×3', kind: 'pool', sub: 'доповнення 1' },
      { label: 'Згортка 1×1', kind: 'conv' },
    ],
  ];
  const body = [box(mid - 100, 20, 200, 40, 'Вхід', 'input')];
  const rowY = [110, 190];
  const concatY = 280;
  paths.forEach((p, i) => {
    body.push(
      elbow([
        [mid, 60],
        [mid, 85],
        [cx(i), 85],
        [cx(i), (rowY[0] as number) - 2],
      ]),
    );
    p.forEach((b, j) => {
      const y = rowY[j] as number;
      body.push(box(cx(i) - w / 2, y, w, 50, b.label, b.kind, b.sub));
      if (j > 0)
        body.push(
          line(cx(i), (rowY[j - 1] as number) + 50, cx(i), y - 2, { sw: 1.8, arrow: true }),
        );
    });
    const lastY = (rowY[p.length - 1] as number) + 50;
    body.push(
      elbow([
        [cx(i), lastY],
        [cx(i), concatY - 2],
      ]),
    );
  });
  body.push(box(x0, concatY, 4 * (w + gap) - gap, 40, 'Конкатенація по каналах', 'block'));
  body.push(line(mid, concatY + 40, mid, concatY + 64, { sw: 1.8, arrow: true }));
  body.push(text(mid, concatY + 78, 'вихід', { size: 16, fill: COLOR.muted }));
  return svgDoc(
    { width: x0 + 4 * (w + gap) - gap + 30, height: concatY + 100, title: 'Блок Inception' },
    body,
  );
}

function tallStack(blocks: ReturnType<typeof toBlocks>, title: string, heading: string): string {
  const w = 230;
  const s = verticalStack(30, 60, w, blocks, { boxH: 46, gap: 22 });
  return svgDoc({ width: w + 80, height: 60 + s.height + 24, title }, [
    text(30 + w / 2, 30, heading, { size: 22, weight: 'bold' }),
    s.svg,
  ]);
}

/** A residual block, optionally with a 1×1 convolution on the skip path. */
function residualColumn(x: number, y: number, conv1x1: boolean): string {
  const w = 190;
  const cx = x + w / 2;
  const names: [string, 'conv' | 'norm'][] = [
    ['Згортка 3×3', 'conv'],
    ['BatchNorm', 'norm'],
    ['ReLU', 'conv'],
    ['Згортка 3×3', 'conv'],
    ['BatchNorm', 'norm'],
  ];
  const body: string[] = [text(cx, y + 10, 'x', { size: 20, italic: true, weight: 'bold' })];
  const top = y + 40;
  names.forEach(([label, kind], i) => {
    const by = top + i * 58;
    body.push(box(x, by, w, 38, label, kind));
    body.push(line(cx, by - 20, cx, by - 2, { sw: 1.8, arrow: true }));
  });
  const addY = top + names.length * 58 + 12;
  body.push(line(cx, addY - 32, cx, addY - 14, { sw: 1.8, arrow: true }));
  body.push(addNode(cx, addY));
  const skipX = x + w + 85;
  if (conv1x1) {
    body.push(
      elbow([
        [cx, y + 24],
        [skipX, y + 24],
        [skipX, top + 2 * 58 - 2],
      ]),
    );
    body.push(box(skipX - 64, top + 2 * 58, 128, 38, 'Згортка 1×1', 'conv'));
    body.push(
      elbow([
        [skipX, top + 2 * 58 + 38],
        [skipX, addY],
        [cx + 15, addY],
      ]),
    );
  } else
    body.push(
      elbow([
        [cx, y + 24],
        [skipX, y + 24],
        [skipX, addY],
        [cx + 15, addY],
      ]),
    );
  body.push(box(x, addY + 32, w, 38, 'ReLU', 'conv'));
  body.push(line(cx, addY + 13, cx, addY + 30, { sw: 1.8, arrow: true }));
  return body.join('');
}

function resnetBlock(): string {
  return svgDoc({ width: 720, height: 500, title: 'Residual блок без і з 1×1 згорткою' }, [
    text(125, 30, 'Residual блок', { size: 20, weight: 'bold' }),
    residualColumn(30, 50, false),
    text(445, 30, 'З 1×1 згорткою', { size: 20, weight: 'bold' }),
    residualColumn(350, 50, true),
  ]);
}

/** Regular vs residual block: what the dashed part has to learn. */
function residualVsRegular(): string {
  const w = 180;
  const col = (x: number, residual: boolean): string => {
    const cx = x + w / 2;
    const parts = [
      text(cx, 30, residual ? 'Residual блок' : 'Звичайний блок', { size: 20, weight: 'bold' }),
      text(cx, 400, 'x', { size: 20, italic: true, weight: 'bold' }),
      line(cx, 388, cx, 342, { sw: 1.8, arrow: true }),
      rect(x - 18, 140, w + 36, 210, { stroke: COLOR.red, sw: 2, dash: '7 6', rx: 10 }),
      box(x, 290, w, 40, 'Шар з вагами', 'conv'),
      box(x, 230, w, 40, 'Активація', 'conv'),
      box(x, 160, w, 40, 'Шар з вагами', 'conv'),
      line(cx, 290, cx, 272, { sw: 1.8, arrow: true }),
      line(cx, 230, cx, 202, { sw: 1.8, arrow: true }),
      text(x - 26, 245, residual ? 'g(x) = f(x) − x' : 'f(x)', {
        size: 17,
        italic: true,
        anchor: 'end',
        fill: COLOR.red,
      }),
    ];
    if (residual) {
      parts.push(
        elbow([
          [cx, 370],
          [x + w + 50, 370],
          [x + w + 50, 112],
          [cx + 15, 112],
        ]),
      );
      parts.push(addNode(cx, 112));
      parts.push(line(cx, 160, cx, 127, { sw: 1.8, arrow: true }));
      parts.push(line(cx, 99, cx, 68, { sw: 1.8, arrow: true }));
      parts.push(text(cx, 56, 'f(x) = x + g(x)', { size: 18, italic: true, weight: 'bold' }));
    } else {
      parts.push(line(cx, 160, cx, 68, { sw: 1.8, arrow: true }));
      parts.push(text(cx, 56, 'f(x)', { size: 18, italic: true, weight: 'bold' }));
    }
    return parts.join('');
  };
  return svgDoc({ width: 760, height: 420, title: 'Звичайний і residual блоки' }, [
    col(100, false),
    col(480, true),
  ]);
}

export function architectureFigures(): FigureFile[] {
  return [
    { path: 'figures/lec5/lenet.svg', content: lenet() },
    {
      path: 'figures/lec5/alexnet.svg',
      content: columns(
        [
          { title: 'LeNet', blocks: toBlocks(LENET) },
          { title: 'AlexNet', blocks: toBlocks(ALEXNET) },
        ],
        'LeNet і AlexNet',
      ),
    },
    { path: 'figures/lec5/vgg.svg', content: vgg() },
    { path: 'figures/lec5/inception.svg', content: inception() },
    {
      path: 'figures/lec5/inception-full.svg',
      content: tallStack(toBlocks(GOOGLENET), 'Повна архітектура GoogLeNet', 'GoogLeNet'),
    },
    { path: 'figures/lec5/resnet-block.svg', content: resnetBlock() },
    { path: 'figures/lec5/residual-block.svg', content: residualVsRegular() },
    {
      path: 'figures/lec5/ResNetFull.svg',
      content: tallStack(toBlocks(RESNET18), 'Архітектура ResNet-18', 'ResNet-18'),
    },
  ];
}
