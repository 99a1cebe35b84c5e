import * as tf from '@tensorflow/tfjs';
import { installFastKernels } from './kernels/installFastKernels.ts';
import {
  BACKEND_ORDER,
  type BackendName,
  type BackendRequest,
  threadsUk,
} from './worker/backendRequest.ts';

export { type BackendName, backendTitle, threadsUk } from './worker/backendRequest.ts';

/** Where the wasm binaries are: a folder URL/path prefix, or one URL per binary name. */
export type WasmPaths = string | Readonly<Record<string, string>>;

export interface BackendOptions {
  /** Order to try (default webgpu → webgl → wasm → cpu). */
  readonly prefer?: readonly BackendName[];
  /**
   * Try this backend first, accepting a software renderer (`?backend=webgl`); when it cannot
   * start, the `prefer` order follows and the choice's `note` says so.
   */
  readonly force?: BackendName;
  /** Required to try wasm. Browser: `WASM_URLS` from wasmUrls.ts; Node: a folder path. */
  readonly wasmPaths?: WasmPaths;
  /** Accept a software WebGL renderer or WebGPU adapter (SwiftShader, llvmpipe). */
  readonly allowSoftwareWebgl?: boolean;
  /** Install the faster kernels (kernels/installFastKernels.ts) on the chosen backend (default true). */
  readonly fastKernels?: boolean;
  /**
   * wasm threads (`?threads=`): 1 keeps the single-threaded build, n ≥ 2 asks for the threaded
   * one with n threads; absent, wasmThreadCount decides. Threads need cross-origin isolation.
   */
  readonly threads?: number;
}

export interface BackendChoice {
  readonly name: BackendName;
  /** For the UI: e.g. the GPU renderer, or why faster backends were skipped. */
  readonly detail: string;
  /** The backend the page forced (`?backend=`), when there was one: it may differ from `name`. */
  readonly forced?: BackendName;
  /** Ukrainian, for the audience: the forced backend could not start (and why). */
  readonly note?: string;
  /** wasm: how many threads compute (1: the single-threaded build). */
  readonly threads?: number;
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

/** The WebGL renderer string, or undefined when WebGL is unavailable (Node, old browsers). */
export function webglRenderer(): string | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return undefined;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info
      ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
      : String(gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return renderer;
  } catch {
    return undefined;
  }
}

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/** The parts of a WebGPU `GPUAdapterInfo` we read (the DOM types need @webgpu/types). */
export interface GpuAdapterFacts {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly device?: string;
  readonly description?: string;
  readonly isFallbackAdapter?: boolean;
}

/** A WebGPU adapter as the UI names it, and whether software stands behind it. */
export function describeGpuAdapter(info: GpuAdapterFacts): { label: string; software: boolean } {
  const parts = [info.vendor, info.architecture, info.device, info.description]
    .map((p) => p?.trim() ?? '')
    .filter((p, i, all) => p !== '' && all.indexOf(p) === i);
  const label = parts.join(' ') || 'невідомий адаптер';
  return { label, software: info.isFallbackAdapter === true || isSoftwareRenderer(label) };
}

interface GpuAdapterLike {
  readonly info?: GpuAdapterFacts;
  readonly isFallbackAdapter?: boolean;
  requestAdapterInfo?(): Promise<GpuAdapterFacts>;
}
interface GpuLike {
  requestAdapter(options?: { powerPreference?: string }): Promise<GpuAdapterLike | null>;
}

/** The browser's WebGPU adapter facts, or a reason there is none. */
export async function webgpuAdapter(): Promise<GpuAdapterFacts | string> {
  const gpu = typeof navigator === 'undefined' ? undefined : (navigator as { gpu?: GpuLike }).gpu;
  if (gpu === undefined) return 'WebGPU недоступний';
  try {
    const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (adapter === null) return 'WebGPU: немає адаптера';
    const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
    const fallback = info.isFallbackAdapter ?? adapter.isFallbackAdapter;
    return fallback === undefined ? info : { ...info, isFallbackAdapter: fallback };
  } catch (error) {
    return `WebGPU: ${String(error)}`;
  }
}

type Attempt = (
  allowSoftware: boolean,
  options: BackendOptions,
  notes: string[],
) => Promise<string | undefined>;

async function tryWebgpu(allowSoftware: boolean, _o: BackendOptions, notes: string[]) {
  const adapter = await webgpuAdapter();
  if (typeof adapter === 'string') {
    notes.push(adapter);
    return undefined;
  }
  const { label, software } = describeGpuAdapter(adapter);
  if (software && !allowSoftware) {
    notes.push(`WebGPU програмний (${label})`);
    return undefined;
  }
  try {
    // Lazy: the package registers the backend on import (only where navigator.gpu exists).
    await import('@tensorflow/tfjs-backend-webgpu');
    return (await tf.setBackend('webgpu')) ? label : undefined;
  } catch (error) {
    notes.push(`WebGPU: ${String(error)}`);
    return undefined;
  }
}

async function tryWebgl(allowSoftware: boolean, _o: BackendOptions, notes: string[]) {
  const renderer = webglRenderer();
  if (renderer === undefined) {
    notes.push('WebGL2 недоступний');
    return undefined;
  }
  const software = isSoftwareRenderer(renderer);
  if (software && !allowSoftware) {
    notes.push(`WebGL програмний (${renderer})`);
    return undefined;
  }
  if (software) tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
  return (await tf.setBackend('webgl')) ? renderer : undefined;
}

/** The facts wasmThreadCount decides on (the page's or the Worker's globals). */
export interface ThreadFacts {
  /** `crossOriginIsolated`: SharedArrayBuffer may be shared with Workers. */
  readonly isolated: boolean;
  /** `navigator.hardwareConcurrency`. */
  readonly logicalCores: number;
}

/**
 * How many threads tfjs's threaded wasm build would compute with here, or 1 when it should not
 * be used. It needs cross-origin isolation (COOP + COEP headers: `npm start` and `npm run
 * preview` send them; a plain static host does not, and gets the single-threaded build). tfjs
 * 4.22 gives XNNPACK `hardwareConcurrency / 2` threads (at most 8), leaving the rest to the page;
 * where that is 1 (a 2-core machine) the threaded build would only cost: its 8 pthread Workers
 * start with the module and every heap access checks for growth.
 */
export function wasmThreadCount(facts: ThreadFacts): number {
  if (!facts.isolated) return 1;
  return Math.max(1, Math.min(8, Math.floor(facts.logicalCores / 2)));
}

function threadFacts(): ThreadFacts {
  return {
    isolated: typeof crossOriginIsolated === 'boolean' && crossOriginIsolated,
    logicalCores: typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1),
  };
}

/**
 * tfjs 4.22's C++ caps XNNPACK's pool at `hardwareConcurrency / 2` whatever setThreadsCount
 * asks (read when the module starts). A page that asks for more threads (`?threads=`, e.g. on
 * a 2-core machine) gets them by reporting twice as many cores to this realm (the page or the
 * training Worker); nothing else here reads the count.
 */
function reportCoresFor(threads: number, facts: ThreadFacts): void {
  if (threads <= Math.floor(facts.logicalCores / 2) || typeof navigator === 'undefined') return;
  Object.defineProperty(navigator, 'hardwareConcurrency', {
    configurable: true,
    get: () => threads * 2,
  });
}

/** The wasm backend's thread count once it runs (1 for the single-threaded build). */
async function wasmThreadsInUse(): Promise<number | undefined> {
  try {
    return (await import('@tensorflow/tfjs-backend-wasm')).getThreadsCount();
  } catch {
    return undefined;
  }
}

const THREADED_BINARY = 'tfjs-backend-wasm-threaded-simd.wasm';

/**
 * Whether a wasm binary can be had: a cache holds it (the service worker's, offline) or the
 * server answers for it. Browser only: elsewhere (Node) true.
 */
async function binaryAvailable(paths: WasmPaths, name: string): Promise<boolean> {
  if (typeof fetch !== 'function' || typeof location === 'undefined') return true;
  const url = new URL(
    typeof paths === 'string' ? `${paths}${name}` : (paths[name] ?? name),
    location.href,
  ).href;
  try {
    if (typeof caches !== 'undefined' && (await caches.match(url)) !== undefined) return true;
  } catch {
    // No Cache API here (storage blocked): ask the server.
  }
  try {
    return (await fetch(url, { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

async function tryWasm(_allowSoftware: boolean, options: BackendOptions, notes: string[]) {
  if (options.wasmPaths === undefined) {
    notes.push('wasm: шлях до .wasm не задано');
    return undefined;
  }
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const facts = threadFacts();
  const wanted = options.threads ?? wasmThreadCount(facts);
  const threaded = wanted > 1 && facts.isolated;
  if (wanted > 1 && !facts.isolated) {
    notes.push('потоки wasm недоступні: сторінка не ізольована (немає заголовків COOP/COEP)');
  }
  if (threaded) {
    reportCoresFor(wanted, facts);
    wasm.setThreadsCount(wanted);
  }
  try {
    wasm.setWasmPaths(options.wasmPaths as string | Record<string, string>);
  } catch {
    // already initialised earlier on this page: the paths are set
  }
  // tfjs picks the threaded build when this flag is true (read when the backend starts).
  const start = async (threads: boolean): Promise<boolean> => {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads);
    try {
      return await tf.setBackend('wasm');
    } catch (error) {
      notes.push(`wasm: ${String(error)}`);
      return false;
    }
  };
  // A wasm backend that failed to start cannot be started again on this page: ask first.
  if (threaded && !(await binaryAvailable(options.wasmPaths, THREADED_BINARY))) {
    notes.push('багатопотокова збірка wasm недоступна (офлайн, ще не збережена): один потік');
  } else if (threaded) {
    return (await start(true))
      ? `WebAssembly SIMD, ${threadsUk(wasm.getThreadsCount())}`
      : undefined;
  }
  return (await start(false)) ? `WebAssembly SIMD, ${threadsUk(1)}` : undefined;
}

const tryCpu: Attempt = async () => ((await tf.setBackend('cpu')) ? 'JavaScript' : undefined);

const ATTEMPTS: Record<BackendName, Attempt> = {
  webgpu: tryWebgpu,
  webgl: tryWebgl,
  wasm: tryWasm,
  cpu: tryCpu,
};

/**
 * Picks the fastest usable backend: WebGPU or WebGL only on a hardware GPU (software adapters
 * and renderers are skipped unless forced or allowed), then wasm (its threaded SIMD build where
 * the page is cross-origin isolated and has ≥ 4 logical cores, else the single-threaded one),
 * then cpu; installs the faster kernels where chosen. `force` tries one backend first.
 */
export async function chooseBackend(options: BackendOptions = {}): Promise<BackendChoice> {
  const order = options.prefer ?? BACKEND_ORDER;
  const notes: string[] = [];
  const { force } = options;
  const tries = force === undefined ? order : [force, ...order.filter((n) => n !== force)];
  for (const name of tries) {
    const forced = name === force;
    const allowSoftware = forced || options.allowSoftwareWebgl === true;
    const noteCount = notes.length;
    const detail = await ATTEMPTS[name](allowSoftware, options, notes);
    if (detail === undefined) {
      if (forced && notes.length === noteCount) notes.push(`${name}: не вдалося запустити`);
      continue;
    }
    await tf.ready();
    if (options.fastKernels !== false) installFastKernels(name);
    const threads = name === 'wasm' ? await wasmThreadsInUse() : undefined;
    const failed = force !== undefined && name !== force;
    return {
      name,
      detail: [detail, ...notes].join('; '),
      ...(force === undefined ? {} : { forced: force }),
      ...(failed ? { note: `${force} недоступний (${notes[0]}), використано ${name}` } : {}),
      ...(threads === undefined ? {} : { threads }),
    };
  }
  throw new Error(`no TensorFlow.js backend available (${notes.join('; ')})`);
}

/** chooseBackend with a page's (or a Worker message's) request. */
export function chooseRequested(
  request: BackendRequest,
  options: Omit<BackendOptions, 'force' | 'threads'> = {},
): Promise<BackendChoice> {
  return chooseBackend({
    ...options,
    ...(request.force === undefined ? {} : { force: request.force }),
    ...(request.threads === undefined ? {} : { threads: request.threads }),
  });
}
