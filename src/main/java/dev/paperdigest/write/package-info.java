/**
 * The write stage: puts output files into the output folder and nowhere else. Files go into a
 * staging folder beside the output folder; only when the whole site is written is the old output
 * swapped out, so a failed build leaves the previous site as it was.
 */
package dev.paperdigest.write;
