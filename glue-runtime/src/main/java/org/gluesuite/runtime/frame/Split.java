package org.gluesuite.runtime.frame;

/**
 * The two results of splitFields / splitRows.
 *
 * @param first the selected fields, or the rows that match
 * @param second the remaining fields, or the rows that do not match
 */
public record Split<T>(T first, T second) {
}
