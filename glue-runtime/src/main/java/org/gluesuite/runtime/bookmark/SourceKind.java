package org.gluesuite.runtime.bookmark;

/** What a bookmarked source reads: files by path (Glue's S3 source) or a Data Catalog table. */
public enum SourceKind { S3, CATALOG }
