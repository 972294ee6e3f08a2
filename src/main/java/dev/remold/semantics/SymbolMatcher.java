package dev.remold.semantics;

import dev.remold.match.Bindings;
import dev.remold.match.Matcher;
import dev.remold.parse.Node;
import java.util.HashSet;
import java.util.Set;

/** Matches expressions that denote one of the given module exports ({@code module#path}), wherever they were imported. */
public record SymbolMatcher(Set<String> symbols) implements Matcher {
  public SymbolMatcher {
    symbols = Set.copyOf(symbols);
  }

  @Override
  public Bindings match(Node node, Bindings bindings) {
    return Scopes.symbolOf(node).filter(s -> symbols.contains(s.toString())).isPresent() ? bindings : null;
  }

  @Override
  public Set<String> startKinds() {
    // Null (any): used beside a pattern in `all`, a narrower set would empty the intersection.
    return null;
  }

  @Override
  public Set<String> requiredText() {
    // A file that never names the module cannot import from it.
    Set<String> modules = new HashSet<>();
    symbols.forEach(s -> modules.add(s.substring(0, s.indexOf('#'))));
    return Set.copyOf(modules);
  }

  /** A symbol is reached only through an import or a require of its module in the same file ({@link Scopes#importedBy}). */
  @Override
  public java.util.List<Set<String>> requiredModules() {
    return java.util.List.of(requiredText());
  }

  @Override
  public java.util.List<Set<String>> requiredGroups() {
    return java.util.List.of(requiredText(), requiredNames());
  }

  /**
   * Returns names one of which a file must hold to denote one of the symbols: the export's last name ({@code Signer}
   * for {@code aws-amplify#Signer}, {@code Auth} for {@code aws-amplify#default.Auth}), or the module for a default
   * or namespace import, which the file may name as it likes. Rules that start at any method call (`$X.$M()` of a
   * symbol) are then left out of files that never name it.
   */
  public Set<String> requiredNames() {
    Set<String> names = new HashSet<>();
    for (String s : symbols) {
      String path = s.substring(s.indexOf('#') + 1);
      String last = path.substring(path.lastIndexOf('.') + 1);
      names.add(last.equals("default") || last.equals("*") || last.isEmpty() ? s.substring(0, s.indexOf('#')) : last);
    }
    return Set.copyOf(names);
  }
}
