package dev.remold.rules;

/** Something a rule left for a person: its rule id, the line, the reason and the safety level. */
public record Finding(String ruleId, Safety safety, int line, String message) {}
