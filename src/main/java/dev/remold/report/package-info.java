/** Turns the results of a run into what people and tools read: unified diffs and reports. */
package dev.remold.report;
