import * as tf from '@tensorflow/tfjs';

/** tfjs-core's NamedTensor, not re-exported by @tensorflow/tfjs. */
type NamedTensor = { name: string; tensor: tf.Tensor };

/**
 * RMSprop exactly as Keras 2.15 updates (tfjs's own puts epsilon inside the square root and
 * always keeps a momentum slot):
 *   velocity = rho * velocity + (1 - rho) * g²
 *   variable -= learning_rate * g / (sqrt(velocity) + epsilon)
 */
export class KerasRMSprop extends tf.Optimizer {
  static readonly className = 'KerasRMSprop';
  private readonly velocities = new Map<string, tf.Variable>();

  constructor(
    readonly learningRate = 0.001,
    readonly rho = 0.9,
    readonly epsilon = 1e-7,
  ) {
    super();
  }

  override applyGradients(gradients: tf.NamedTensorMap | NamedTensor[]): void {
    const list = Array.isArray(gradients)
      ? gradients
      : Object.entries(gradients).map(([name, tensor]) => ({ name, tensor }));
    const registered = tf.engine().registeredVariables;
    for (const { name, tensor: g } of list) {
      const variable = registered[name];
      if (!variable) throw new Error(`KerasRMSprop: unknown variable ${name}`);
      let velocity = this.velocities.get(name);
      if (!velocity) {
        // inside tidy: the zeros tensor itself must not outlive the variable made from it
        velocity = tf.tidy(() => tf.variable(tf.zerosLike(variable), false));
        this.velocities.set(name, velocity);
      }
      const v = velocity;
      tf.tidy(() => {
        const next = tf.add(tf.mul(v, this.rho), tf.mul(tf.square(g), 1 - this.rho));
        v.assign(next);
        const step = tf.div(tf.mul(g, this.learningRate), tf.add(tf.sqrt(next), this.epsilon));
        variable.assign(tf.sub(variable, step));
      });
    }
    this.incrementIterations();
  }

  override dispose(): void {
    super.dispose();
    for (const v of this.velocities.values()) v.dispose();
    this.velocities.clear();
  }

  override async getWeights(): Promise<NamedTensor[]> {
    const slots = [...this.velocities].map(([name, tensor]) => ({ name: `${name}/rms`, tensor }));
    return [await this.saveIterations(), ...slots];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const rest = await this.extractIterations(weightValues);
    for (const { name, tensor } of rest) {
      const key = name.replace(/\/rms$/, '');
      this.velocities.get(key)?.dispose();
      this.velocities.set(key, tf.variable(tensor, false));
    }
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, rho: this.rho, epsilon: this.epsilon };
  }
}

/** Disposes a model and its optimizer (a model does not own an optimizer instance). */
export function disposeModel(model: tf.LayersModel): void {
  const optimizer = (model as { optimizer?: tf.Optimizer }).optimizer;
  model.dispose();
  optimizer?.dispose();
}
