import * as tf from '@tensorflow/tfjs';
import { installFastKernels } from './kernels/installFastKernels.ts';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** Where the wasm binaries are: a folder URL/path prefix, or one URL per binary name. */
export type WasmPaths = string | Readonly<Record<string, string>>;

export interface BackendOptions {
  /** Order to try (default webgl → wasm → cpu). */
  readonly prefer?: readonly BackendName[];
  /** Required to try wasm. Browser: `WASM_URLS` from wasmUrls.ts; Node: a folder path. */
  readonly wasmPaths?: WasmPaths;
  /** Accept a software WebGL renderer (SwiftShader, llvmpipe); for measurements only. */
  readonly allowSoftwareWebgl?: boolean;
  /** Install the faster kernels (kernels/installFastKernels.ts) on the chosen backend (default true). */
  readonly fastKernels?: boolean;
}

export interface BackendChoice {
  readonly name: BackendName;
  /** For the UI: e.g. the GPU renderer, or why faster backends were skipped. */
  readonly detail: string;
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

async function tryWebgl(options: BackendOptions, notes: string[]): Promise<string | undefined> {
  const renderer = webglRenderer();
  if (renderer === undefined) {
    notes.push('WebGL2 недоступний');
    return undefined;
  }
  const software = isSoftwareRenderer(renderer);
  if (software && !options.allowSoftwareWebgl) {
    notes.push(`WebGL програмний (${renderer})`);
    return undefined;
  }
  if (software) tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
  return (await tf.setBackend('webgl')) ? renderer : undefined;
}

async function tryWasm(options: BackendOptions, notes: string[]): Promise<string | undefined> {
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

/**
 * Picks the fastest usable backend: WebGL only when a hardware GPU backs it, then wasm (its
 * non-threaded SIMD build), then cpu; installs the fast conv filter gradient where chosen.
 */
export async function chooseBackend(options: BackendOptions = {}): Promise<BackendChoice> {
  const order = options.prefer ?? ['webgl', 'wasm', 'cpu'];
  const notes: string[] = [];
  for (const name of order) {
    let detail: string | undefined;
    if (name === 'webgl') detail = await tryWebgl(options, notes);
    else if (name === 'wasm') detail = await tryWasm(options, notes);
    else detail = (await tf.setBackend('cpu')) ? 'JavaScript' : undefined;
    if (detail === undefined) continue;
    await tf.ready();
    if (options.fastKernels !== false) installFastKernels(name);
    return { name, detail: [detail, ...notes].join('; ') };
  }
  throw new Error(`no TensorFlow.js backend available (${notes.join('; ')})`);
}
