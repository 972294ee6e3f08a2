/** Custom rules in JavaScript: a shared GraalJS engine, one sandboxed context per worker, read-only node views, limits. */
package dev.remold.js;
