/** Pure, thread-safe matchers: structural patterns with metavariables, kind, regex, relational and composite. */
package dev.remold.match;
