package dev.remold.report;

import dev.remold.rules.Pack;
import dev.remold.rules.ProjectRule;
import dev.remold.rules.Rule;
import dev.remold.rules.Safety;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules of a run by id, as the outputs describe them. */
public final class RuleCatalog {
  private final Map<String, RuleInfo> byId;

  private RuleCatalog(Map<String, RuleInfo> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** Returns the catalog of the rules of the packs. */
  public static RuleCatalog of(List<Pack> packs) {
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    for (Pack p : packs) {
      for (Rule r : p.rules()) {
        byId.putIfAbsent(r.id(), RuleInfo.of(r));
      }
      for (ProjectRule r : p.projectRules()) {
        byId.putIfAbsent(r.id(), RuleInfo.of(r));
      }
    }
    return new RuleCatalog(byId);
  }

  /** Returns a catalog of the given rule descriptions. */
  public static RuleCatalog ofInfos(List<RuleInfo> rules) {
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    rules.forEach(r -> byId.putIfAbsent(r.id(), r));
    return new RuleCatalog(byId);
  }

  /**
   * Returns the rule with the id; an id no pack declares (which a run never produces) is described as a
   * MANUAL rule of category Other rather than failing an output.
   */
  public RuleInfo get(String id) {
    RuleInfo r = byId.get(id);
    return r != null ? r : new RuleInfo(id, id, Safety.MANUAL, "", Category.OTHER, false);
  }

  /** Returns the rules whose markers carry the id (a spec id, or the id of a rule that cites none). */
  public List<RuleInfo> byMarkerId(String markerId) {
    return byId.values().stream().filter(r -> r.markerId().equals(markerId)).toList();
  }
}
