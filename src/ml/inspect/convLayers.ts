import type * as tf from '@tensorflow/tfjs';

/** The model's Conv2D layers, in order (the lecture's convnet has three). */
export function convLayers(model: tf.LayersModel): tf.layers.Layer[] {
  return model.layers.filter((layer) => layer.getClassName() === 'Conv2D');
}
