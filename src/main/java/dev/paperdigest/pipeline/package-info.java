/**
 * The pipeline: the only code that knows the order of the stages (config, load, classify, render,
 * write) and wires them together. Stops before render and write when any stage reported an error,
 * so a broken digest never touches the output folder.
 */
package dev.paperdigest.pipeline;
