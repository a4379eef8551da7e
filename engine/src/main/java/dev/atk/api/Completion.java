package dev.atk.api;

/**
 * One completion candidate.
 *
 * @param value the text to insert
 * @param kind keyword, model, attack, parameter, setting, data, variable, command
 * @param description a short help line (an attack's signature, a parameter's meaning)
 */
public record Completion(String value, String kind, String description) {}
