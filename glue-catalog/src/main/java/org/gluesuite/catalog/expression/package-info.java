/**
 * Glue's partition expressions: the SQL {@code WHERE}-like filter of {@code GetPartitions}' {@code Expression}
 * (comparisons, {@code AND}/{@code OR}/{@code NOT}, {@code IN}, {@code BETWEEN}, {@code LIKE}, {@code IS NULL}),
 * parsed against a table's partition keys and evaluated on partition values with the keys' types.
 */
package org.gluesuite.catalog.expression;
