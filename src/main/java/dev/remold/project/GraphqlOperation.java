package dev.remold.project;

/**
 * One codegen'd GraphQL document: its exported name, operation type, root field, and the Gen 1
 * model operation it is (list, get, create, …) with its model, when that can be proven.
 */
public record GraphqlOperation(String exportName, String operationType, String rootField, String modelOp, String model) {}
