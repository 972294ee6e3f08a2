package dev.remold.semantics;

import dev.remold.match.Bindings;
import dev.remold.match.Matcher;
import dev.remold.parse.Node;
import java.util.Set;

/**
 * Matches a name whose value comes from code the inner matcher accepts: the initializer of its
 * declaration ({@code const user = await Auth.currentAuthenticatedUser()}, the {@code await}
 * looked through), or the promise a {@code .then(user => …)} callback receives it from.
 */
public record InitializedByMatcher(Matcher source) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    if (!node.type().equals("identifier")) {
      return null;
    }
    Node decl = Scopes.declarationOf(node);
    if (decl == null || decl.parent() == null) {
      return null;
    }
    Node p = decl.parent();
    if (p.type().equals("variable_declarator") && "name".equals(decl.field()) && p.child("value") != null) {
      return matchValue(p.child("value"), bindings);
    }
    // `(user) => …` or `user => …` passed to `promise.then(…)`: the value is what the promise resolves to.
    // The TSX grammar wraps each parameter (required_parameter), even in plain JavaScript.
    Node param = p.type().equals("required_parameter") || p.type().equals("optional_parameter") ? p.parent() : p;
    Node fn = param.type().equals("formal_parameters") ? param.parent() : param;
    if (fn != null && fn.type().equals("arrow_function") && fn.parent() != null && fn.parent().type().equals("arguments")) {
      Node call = fn.parent().parent();
      Node callee = call == null ? null : call.child("function");
      if (callee != null && callee.type().equals("member_expression") && callee.child("property") != null
          && callee.child("property").text().equals("then") && fn.parent().namedChildren().getFirst() == fn) {
        return matchValue(callee.child("object"), bindings);
      }
    }
    return null;
  }

  private Bindings matchValue(Node value, Bindings bindings) {
    Bindings b = source.match(value, bindings);
    if (b == null && value.type().equals("await_expression") && !value.namedChildren().isEmpty()) {
      b = source.match(value.namedChildren().getLast(), bindings);
    }
    return b;
  }

  @Override
  public Set<String> startKinds() {
    return null;
  }

  @Override
  public Set<String> requiredText() {
    return null;
  }
}
