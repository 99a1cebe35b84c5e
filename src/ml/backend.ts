import * as tf from '@tensorflow/tfjs';
import { installFastKernels } from './kernels/installFastKernels.ts';
import { BACKEND_ORDER, type BackendName, type BackendRequest } from './worker/backendRequest.ts';

export type { BackendName } from './worker/backendRequest.ts';

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
}

export interface BackendChoice {
  readonly name: BackendName;
  /** For the UI: e.g. the GPU renderer, or why faster backends were skipped. */
  readonly detail: string;
  /** The backend the page forced (`?backend=`), when there was one: it may differ from `name`. */
  readonly forced?: BackendName;
  /** Ukrainian, for the audience: the forced backend could not start (and why). */
  readonly note?: string;
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

async function tryWasm(_allowSoftware: boolean, options: BackendOptions, notes: string[]) {
  if (options.wasmPaths === undefined) {
    notes.push('wasm: шлях до .wasm не задано');
    return undefined;
  }
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // The threaded build needs cross-origin isolation and breaks in minified bundles.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  try {
    wasm.setWasmPaths(options.wasmPaths as string | Record<string, string>);
  } catch {
    // already initialised earlier on this page: the paths are set
  }
  try {
    return (await tf.setBackend('wasm')) ? 'WebAssembly SIMD, 1 потік' : undefined;
  } catch (error) {
    notes.push(`wasm: ${String(error)}`);
    return undefined;
  }
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
 * and renderers are skipped unless forced or allowed), then wasm (its non-threaded SIMD build),
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
    const failed = force !== undefined && name !== force;
    return {
      name,
      detail: [detail, ...notes].join('; '),
      ...(force === undefined ? {} : { forced: force }),
      ...(failed ? { note: `${force} недоступний (${notes[0]}), використано ${name}` } : {}),
    };
  }
  throw new Error(`no TensorFlow.js backend available (${notes.join('; ')})`);
}

/** chooseBackend with a page's (or a Worker message's) request. */
export function chooseRequested(
  request: BackendRequest,
  options: Omit<BackendOptions, 'force'> = {},
): Promise<BackendChoice> {
  return chooseBackend(
    request.force === undefined ? options : { ...options, force: request.force },
  );
}
