package dev.remold.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Computes a new template variable for a match. */
sealed interface Transform {
  /** The path from the file to a file at the project root. */
  record PathFromFileToRoot(String fileAtRoot) implements Transform {}

  /** The Gen 1 model of the GraphQL operation captured by a variable; no match when unknown. */
  record GraphqlModel(String operationVar, String kind) implements Transform {}

  /**
   * A value looked up in a table by the captured text, by that text without its quotes, or by its last
   * dotted name ({@code GRAPHQL_AUTH_MODE.API_KEY} finds {@code API_KEY}); no entry, no match.
   */
  record Lookup(String sourceVar, Map<String, String> values) implements Transform {
    public Lookup {
      values = Map.copyOf(values);
    }
  }

  /** The value of the one property an object literal has ({@code { input }} gives {@code input}); anything else, no match. */
  record Property(String sourceVar, String key) implements Transform {}

  /**
   * The entries of an object literal followed by {@code ", "} (empty for {@code {}}), to write more
   * entries after them: {@code { $ENTRIESauthMode: x }}; not an object literal, no match.
   */
  record Entries(String sourceVar) implements Transform {}

  /**
   * The value of property {@code key} of an object literal that may hold other properties too
   * ({@code { level, identityId: id }} gives {@code id} for identityId); no such property, no match.
   */
  record Member(String sourceVar, String key) implements Transform {}

  /**
   * A string expression joining literal text (template-literal content, so {@code ${identityId}} may
   * appear in it) and the values of {@code $VAR} parts, captures or earlier transforms; written as a
   * quoted string when every part is plain text, else as a template literal.
   */
  record Concat(List<String> parts) implements Transform {
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  /** The root field of the GraphQL operation captured by a variable, read from its document; no match when unknown. */
  record GraphqlField(String operationVar) implements Transform {}

  /**
   * The name a module exports under which the captured identifier is imported ({@code Todo} for
   * {@code TodoModel} after {@code import { Todo as TodoModel } from './models'}, also {@code models.Todo}
   * after a namespace import), when the module matches {@code from}; anything else, no match.
   */
  record ImportedName(String sourceVar, Pattern from) implements Transform {}

  /**
   * What the project's facts say about the GraphQL operation captured by a variable: {@code model} (an
   * operation of a Gen 1 {@code @model}), {@code custom} (a codegen'd document of another operation) or
   * {@code unknown} (not traced to a codegen'd document); always matches.
   */
  record GraphqlKind(String operationVar) implements Transform {}

  /**
   * The object literal captured by a variable with its keys renamed in place ({@code keys} maps every key
   * it may hold to its new name, a shorthand {@code k} becoming {@code new: k}); any other key, a spread
   * or a computed key means no match. With {@code member}, the result is {@code ", member: {…}"}, and
   * nothing when the capture is an empty list (an argument left out) or {@code {}}.
   */
  record RenameKeys(String sourceVar, Map<String, String> keys, String member) implements Transform {
    public RenameKeys {
      keys = Map.copyOf(keys);
    }
  }

  /** A regex replacement applied to a captured variable's text. */
  record Replace(String sourceVar, Pattern regex, String by) implements Transform {}

  /**
   * An object literal reshaped: {@code keep} keys stay, {@code options} keys move (renamed) under an
   * {@code options} object, {@code drop} keys go, {@code defaults} fill the options object when it is
   * written, and {@code add} entries are always written (an {@code options.name} key into the options
   * object); any other key, a spread, a comment or a key that {@code add} would repeat means no match.
   * With {@code members} the result is the members each preceded by {@code ", "} (nothing when none is
   * left), to follow members of the fix.
   */
  record ReshapeObject(String sourceVar, List<String> keep, Map<String, String> options, List<String> drop,
      Map<String, String> defaults, Map<String, String> add, boolean members) implements Transform {
    public ReshapeObject {
      keep = List.copyOf(keep);
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
      drop = List.copyOf(drop);
      defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
      add = Collections.unmodifiableMap(new LinkedHashMap<>(add));
    }
  }
}
