package org.gluesuite.crawler.schema;

/** A named column or struct field with its inferred type. */
public record Field(String name, DataType type) {
}
