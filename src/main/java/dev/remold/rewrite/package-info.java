/** Edits as data: fix templates with re-indentation, edit sets with an explicit overlap policy, one-pass application. */
package dev.remold.rewrite;
