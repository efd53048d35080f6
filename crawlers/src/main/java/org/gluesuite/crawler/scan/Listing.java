package org.gluesuite.crawler.scan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What listing a target found: data files grouped by leaf folder (relative path), the folders listed,
 * and the files and folders that could not be read.
 */
public record Listing(Map<String, List<DataFile>> filesByFolder, Set<String> leafFolders, List<SkippedFile> skipped,
    int foldersListed) {
}
