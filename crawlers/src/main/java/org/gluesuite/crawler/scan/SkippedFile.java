package org.gluesuite.crawler.scan;

import org.gluesuite.common.json.PascalCaseJson;

/** A file or folder the crawler could not use, and why. */
@PascalCaseJson
public record SkippedFile(String path, String reason) {
}
