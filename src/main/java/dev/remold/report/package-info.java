/**
 * Turns the results of a run into what people and tools read: unified diffs and their hunks (the interactive review
 * applies a chosen subset), the audit, the migration report (Markdown, JSON), SARIF and the run summary; it reads the
 * engine's results and returns strings.
 */
package dev.remold.report;
