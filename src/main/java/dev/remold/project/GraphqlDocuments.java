package dev.remold.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the operations exported by a codegen'd module ({@code src/graphql/queries.js} and friends).
 *
 * <p>The model comes from the document's own types ({@code ModelTodoFilterInput},
 * {@code CreateTodoInput}) or, for get and subscriptions, from the root field checked against the
 * schema's models: never from trimming a plural ({@code listCategorys} and {@code listCategories}
 * both exist in the wild, spec §8.3).
 */
final class GraphqlDocuments {
  private static final Pattern EXPORT = Pattern.compile(
      "export\\s+const\\s+([A-Za-z_$][\\w$]*)\\s*(?::\\s*[^=]+)?=\\s*(?:/\\*\\s*GraphQL\\s*\\*/\\s*)?(?:gql\\s*)?`([^`]*)`");
  private static final Pattern HEADER = Pattern.compile(
      "^\\s*(query|mutation|subscription)\\b\\s*\\w*\\s*(\\(([^)]*)\\))?\\s*\\{\\s*([A-Za-z_]\\w*)");
  private static final Pattern LIST_FILTER = Pattern.compile("\\bModel(\\w+)FilterInput\\b");
  private static final Pattern SUBSCRIPTION_FILTER = Pattern.compile("\\bModelSubscription(\\w+)FilterInput\\b");
  private static final Pattern MUTATION_INPUT = Pattern.compile("\\b(Create|Update|Delete)(\\w+)Input\\b");

  private GraphqlDocuments() {}

  /** Returns the operations a module's source exports, by export name. */
  static Map<String, GraphqlOperation> read(String moduleSource, Set<String> models, Map<String, GraphqlIndex> indexes) {
    Map<String, GraphqlOperation> out = new LinkedHashMap<>();
    Matcher m = EXPORT.matcher(moduleSource);
    while (m.find()) {
      Matcher h = HEADER.matcher(m.group(2));
      if (h.find()) {
        out.put(m.group(1), classify(m.group(1), h.group(1), h.group(3) == null ? "" : h.group(3), h.group(4), models, indexes));
      }
    }
    return out;
  }

  private static GraphqlOperation classify(String name, String type, String variables, String rootField, Set<String> models,
      Map<String, GraphqlIndex> indexes) {
    String op = null;
    String model = null;
    switch (type) {
      case "query" -> {
        Matcher f = LIST_FILTER.matcher(variables);
        GraphqlIndex index = indexes.get(rootField);
        if (index != null && (!f.find() || f.group(1).equals(index.model()))) {
          // The schema declares this root field as an index query field; the filter type, when there, agrees.
          op = "index";
          model = index.model();
        } else if (rootField.startsWith("list") && f.find(0) && !variables.contains("ModelSubscription")) {
          op = "list";
          model = f.group(1);
        } else if (rootField.startsWith("get") && models.contains(rootField.substring(3))) {
          op = "get";
          model = rootField.substring(3);
        }
      }
      case "mutation" -> {
        Matcher i = MUTATION_INPUT.matcher(variables);
        if (i.find() && rootField.equals(i.group(1).toLowerCase() + i.group(2))) {
          op = i.group(1).toLowerCase();
          model = i.group(2);
        }
      }
      default -> {
        Matcher f = SUBSCRIPTION_FILTER.matcher(variables);
        for (String event : new String[] {"Create", "Update", "Delete"}) {
          String prefix = "on" + event;
          if (rootField.startsWith(prefix)) {
            String candidate = rootField.substring(prefix.length());
            boolean typed = f.find(0) && f.group(1).equals(candidate);
            if (typed || models.contains(candidate)) {
              op = prefix;
              model = candidate;
            }
          }
        }
      }
    }
    // When the schema is known, a model it does not declare is not proven.
    if (model != null && !models.isEmpty() && !models.contains(model)) {
      op = null;
      model = null;
    }
    return new GraphqlOperation(name, type, rootField, op, model);
  }
}
