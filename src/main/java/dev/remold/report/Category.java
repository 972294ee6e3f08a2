package dev.remold.report;

import java.util.Locale;

/** The part of Amplify a site belongs to, read from the prefix of the spec id its rule cites. */
public enum Category {
  AUTH("Auth"),
  HUB("Hub"),
  CONFIGURATION("Configuration"),
  API_GRAPHQL("API (GraphQL)"),
  API_REST("API (REST)"),
  STORAGE("Storage"),
  PROJECT_FILES("Project files"),
  OTHER("Other");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** Returns the name a person reads. */
  public String label() {
    return label;
  }

  /** Returns the category of a spec id such as AUTH-04 or DATA-01; ids without a known prefix are Other. */
  public static Category ofSpec(String specId) {
    int dash = specId.indexOf('-');
    String prefix = (dash < 0 ? specId : specId.substring(0, dash)).toUpperCase(Locale.ROOT);
    return switch (prefix) {
      case "AUTH", "USR", "TOK", "ERR" -> AUTH;
      case "HUB" -> HUB;
      case "CFG", "IMP" -> CONFIGURATION;
      case "GQL", "DATA" -> API_GRAPHQL;
      case "REST" -> API_REST;
      case "STO" -> STORAGE;
      case "PKG" -> PROJECT_FILES;
      default -> OTHER;
    };
  }
}
