package dev.remold.engine;

import dev.remold.parse.Node;
import dev.remold.project.GraphqlOperation;
import dev.remold.project.ProjectFacts;
import dev.remold.rules.FileContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The facts rules see for one file, answered from its project's facts and the file's own imports. */
final class ProjectFileContext implements FileContext {
  private final ProjectFacts facts;
  private final Path file;
  private final String extension;
  private final Set<String> usedOutside;
  private final Map<String, String> options;

  ProjectFileContext(ProjectFacts facts, Path file, Map<String, String> options) {
    this(facts, file, extensionOf(file), Set.of(), options);
  }

  /** A context for code embedded in a file (a script block of a Vue component), read as a file with the extension. */
  ProjectFileContext(ProjectFacts facts, Path file, String extension, Set<String> usedOutside, Map<String, String> options) {
    this.facts = facts;
    this.file = file;
    this.extension = extension;
    this.usedOutside = Set.copyOf(usedOutside);
    this.options = Map.copyOf(options);
  }

  @Override
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  private static String extensionOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String pathFromFileToRoot(String fileAtRoot) {
    return facts.pathFromFileToRoot(file, fileAtRoot);
  }

  @Override
  public String pathFromRoot() {
    return facts.pathFromRoot(file);
  }

  @Override
  public String extension() {
    return extension;
  }

  @Override
  public boolean usedOutside(String name) {
    return usedOutside.contains(name);
  }

  @Override
  public boolean hasDependency(String packageName) {
    return facts.dependencies().containsKey(packageName);
  }

  @Override
  public boolean projectCodeMatches(String regex) {
    return facts.codeMatches(regex);
  }

  @Override
  public boolean projectFileExists(String pathFromRoot) {
    return facts.fileExists(pathFromRoot);
  }

  @Override
  public Optional<String> graphqlModel(Node operation, String kind) {
    // `list|index` accepts either kind: result reads are the same for both.
    return operationOf(operation).filter(op -> op.modelOp() != null && List.of(kind.split("\\|")).contains(op.modelOp()))
        .map(GraphqlOperation::model);
  }

  @Override
  public Optional<String> graphqlRootField(Node operation) {
    return operationOf(operation).map(GraphqlOperation::rootField);
  }

  @Override
  public java.util.List<String> graphqlIndexKeys(Node operation) {
    return operationOf(operation).filter(op -> "index".equals(op.modelOp()))
        .map(op -> facts.indexes().get(op.rootField())).map(dev.remold.project.GraphqlIndex::keys).orElse(java.util.List.of());
  }

  @Override
  public Set<String> graphqlModels() {
    return facts.models();
  }

  @Override
  public boolean dataSchemaTyped() {
    return facts.dataSchemaTyped();
  }

  /** Returns the codegen'd operation an identifier is imported as: `listTodos` (named) or `queries.listTodos` (namespace). */
  private Optional<GraphqlOperation> operationOf(Node operation) {
    String local;
    String exported;
    if (operation.type().equals("identifier")) {
      local = operation.text();
      exported = null;
    } else if (operation.type().equals("member_expression") && operation.child("object") != null
        && operation.child("object").type().equals("identifier")) {
      local = operation.child("object").text();
      exported = operation.child("property").text();
    } else {
      return Optional.empty();
    }
    Node root = operation;
    while (root.parent() != null) {
      root = root.parent();
    }
    for (Node stmt : root.children()) {
      if (!stmt.type().equals("import_statement") || stmt.child("source") == null) {
        continue;
      }
      String source = stmt.child("source").text();
      String module = source.substring(1, source.length() - 1);
      String name = importedName(stmt, local, exported != null);
      if (name != null) {
        String exportName = exported != null ? exported : name;
        return facts.graphqlOperation(file, module, exportName);
      }
    }
    return Optional.empty();
  }

  /** Returns the exported name an import binds to {@code local} (for a namespace import: "*"), or null. */
  private static String importedName(Node stmt, String local, boolean namespace) {
    String[] found = {null};
    stmt.walk(n -> {
      if (found[0] != null) {
        return;
      }
      if (namespace && n.type().equals("namespace_import")) {
        Node id = n.namedChildren().isEmpty() ? null : n.namedChildren().getLast();
        if (id != null && id.text().equals(local)) {
          found[0] = "*";
        }
      } else if (!namespace && n.type().equals("import_specifier")) {
        Node alias = n.child("alias");
        Node name = n.child("name");
        if ((alias != null ? alias : name).text().equals(local)) {
          found[0] = name.text();
        }
      }
    });
    return found[0];
  }
}
