package org.gluesuite.crawler.scan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A file or folder the crawler could not use, and why. */
public record SkippedFile(@JsonProperty("Path") String path, @JsonProperty("Reason") String reason) {
}
